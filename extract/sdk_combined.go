package extract

// Combined entries of an SDK list: one entry for several SDKs of a kind,
// "华为、小米、OPPO、vivo推送SDK：提供方分别为A、B、C、D；…；隐私政策分别为：
// U1、U2、U3、U4". Each SDK is reported on its own, with the entry's purpose
// and data and its own provider and link when the entry gives one each.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// combined returns the SDKs of a combined entry, built as sdk from rec, or
// nil when rec names one SDK. The names are the enumerated brands, each
// with the kind the last one names ("华为" + "推送SDK"); a provider or link
// field that enumerates as many values gives each its own, in order.
func (r *sdkReader) combined(rec *sdkRecord, sdk SDK) []SDK {
	items := strings.Split(sdk.Name, "、")
	if len(items) < 2 || len(items) > maxCombined || !rec.respective {
		return nil // only an entry that says its values are each SDK's own
	}
	last := items[len(items)-1]
	brands := items[:len(items)-1]
	for _, b := range brands {
		if b == "" || utf8.RuneCountInString(b) > maxBrandRunes || strings.ContainsAny(b, " （(") || r.genericIn(b) {
			return nil // "微信SDK、QQ SDK": each item names its SDK whole
		}
	}
	at := brandEnd(last, utf8.RuneCountInString(brands[len(brands)-1]))
	kind := last[at:]
	if at == 0 || !r.genericIn(kind) {
		return nil // "微信、QQ": no kind the brands share
	}
	providers := strings.Split(sdk.Provider, "、")
	var urls []string
	if v := rec.vals[sdkURL]; !v.empty() {
		for _, part := range strings.Split(r.text[v.start:v.end], "、") {
			if u := r.d.url.FindString(part); u != "" {
				urls = append(urls, u)
			}
		}
	}
	out := make([]SDK, len(items))
	for i, b := range items {
		out[i] = sdk
		out[i].Name = b + kind
		if i == len(items)-1 {
			out[i].Name = last
		}
		out[i].ID = r.registryIDOf(out[i].Name)
		if len(providers) == len(items) {
			out[i].Provider = providers[i]
		}
		if len(urls) == len(items) {
			out[i].PolicyURL = urls[i]
		}
	}
	return out
}

// genericIn reports whether s holds a generic word of SDK names
// (sdkfields.txt: "SDK", "push", "api"), the kind a combined entry's
// brands share.
func (r *sdkReader) genericIn(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(c rune) bool { return c >= utf8.RuneSelf || !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
		if r.d.sdk.generic[w] {
			return true
		}
	}
	return false
}

// registryIDOf returns the id of the first registry SDK named in name
// ("sdk.huawei_push" for 华为推送SDK), or "" when it names none.
func (r *sdkReader) registryIDOf(name string) string {
	_, _, parties := r.e.mentionsIn(name, 0)
	for _, m := range parties {
		if strings.HasPrefix(m.Label, "sdk.") {
			return m.Label
		}
	}
	return ""
}

// brandEnd returns the byte offset in the last item of a combined name
// where its brand ends and the shared kind begins: at a change from Latin
// letters to another script ("vivo推送SDK"), else after as many characters
// as the brand before it has ("中国电信认证SDK" after 中国联通); 0 when
// neither applies.
func brandEnd(last string, prevRunes int) int {
	latin := func(c rune) bool { return c < utf8.RuneSelf && (unicode.IsLetter(c) || unicode.IsDigit(c)) }
	first, _ := utf8.DecodeRuneInString(last)
	if latin(first) {
		for i, c := range last {
			if !latin(c) {
				return i
			}
		}
		return 0
	}
	n := 0
	for i := range last {
		if n == prevRunes {
			return i
		}
		n++
	}
	return 0
}

// maxCombined bounds the SDKs of one combined entry, and maxBrandRunes the
// characters of a brand in it.
const (
	maxCombined   = 8
	maxBrandRunes = 8
)
