package extract

// The list structure of SDK disclosures: list levels of lines, and list
// items that hold only a company's name, the provider of the SDK entries
// about them (an item "北京百度网讯科技有限公司" with "百度OCR SDK：…" nested
// under it), and the names that read as an SDK's.

import (
	"slices"
	"sort"
	"strings"
)

// namesKind reports whether a name holds a kind of party rather than a
// company or an SDK the registry knows (第三方SDK, 合作方清单).
func (r *sdkReader) namesKind(name sdkSpan) bool {
	_, _, parties := r.mentions(name)
	return slices.ContainsFunc(parties, func(m Mention) bool { return !strings.Contains(m.Label, ".") })
}

// companyItem reads the line s:e (after its list marker) when it is a list
// item holding only a company's name, and reports whether it was one.
// Under an open record that has an SDK's name (sdkNamed) and no provider,
// at a deeper list level or indentation, the company is that record's
// provider ("1. 极光推送SDK", then an item
// "深圳市和讯华谷信息技术有限公司", then "用途：消息推送"). Otherwise it is
// remembered as the provider of the run-in entries nested under it
// (parent), until a line at its level or above: an item "北京百度网讯科技有限
// 公司", then, nested, "百度OCR SDK：用于文字识别；收集图片；隐私政策：https://…".
func (r *sdkReader) companyItem(s, e, indent int) bool {
	level := r.level
	if level == 0 || e-s > maxParentName || strings.ContainsAny(r.text[s:e], ":：，,；;。") || !r.legalEntity(sdkSpan{s, e}) {
		if !r.parent.empty() && level <= r.parentDepth {
			r.parent = sdkSpan{}
		}
		return false
	}
	if rec := r.cur; rec != nil && rec.set[sdkName] && !rec.set[sdkProvider] && (level > rec.level || indent > rec.indent) && r.sdkNamed(rec.vals[sdkName]) {
		rec.put(sdkProvider, sdkSpan{s, e}, e)
		return true
	}
	r.close()
	r.parent, r.parentDepth = sdkSpan{s, e}, level
	return true
}

// maxParentName bounds a company name standing alone as a list item: about
// thirty Chinese characters.
const maxParentName = 90

// levelOf returns the list level of the line whose text (after its
// marker) starts at s: the depth of the clause holding it, or, for a
// document given without clauses, its indentation plus one when it has a
// list marker (0 when it has none).
func (r *sdkReader) levelOf(s, indent int, marked bool) int {
	switch {
	case len(r.clauses) > 0:
		return r.depthAt(s)
	case marked:
		return indent + 1
	}
	return 0
}

// depthAt returns the list depth of the clause that holds offset i of the
// text, 0 outside lists or clauses.
func (r *sdkReader) depthAt(i int) int {
	k := sort.Search(len(r.clauses), func(k int) bool { return r.clauses[k].Offset > i }) - 1
	if k < 0 || i >= r.clauses[k].Offset+len(r.clauses[k].Text) {
		return 0
	}
	return r.clauses[k].Depth
}

// sdkNamed reports whether a name reads as an SDK's: it holds a generic
// SDK word of sdkfields.txt ("百度OCR SDK", "讯飞语音听写SDK", "HMS Push
// Kit"; Chinese has no spaces to end the word at) or names an SDK the party
// registry knows.
func (r *sdkReader) sdkNamed(name sdkSpan) bool {
	low := strings.ToLower(r.text[name.start:name.end])
	for w := range r.d.sdk.generic {
		if len(w) >= 3 && strings.Contains(low, w) {
			return true
		}
	}
	return r.registryID(name) != ""
}
