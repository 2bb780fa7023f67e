package extract

// The SDK-list reader. Policies of Chinese apps disclose the third-party SDKs
// they embed as a list of records, each a name and some fields:
//
//	• Sina Weibo SDK
//	Using purpose: To support the users to login with Weibo account
//	Type of data: Identification information of device (IMEI, MAC address)
//	Official website/address of privacy policies: https://...
//
// The same records come as "SDK name: X" field runs, as inline runs
// ("Umeng SDK (purpose: statistics; data: IMEI)"), as plain-text tables
// ("Name | Purpose | Data" header, one row per SDK) and as HTML table rows
// that the segmenter turns into clauses labelled with the column headers.
// Field names vary from policy to policy; rules/sdkfields.txt maps them to
// the five fields of a record.
//
// The reader is a small state machine over the lines of the document: a
// short line that reads as a name (or a "name" field) opens a record, field
// lines fill it, and anything else — a paragraph, a heading followed by
// prose, the next name — closes it. A record is reported only when it has a
// name (or a provider), two fields (a header row of a table is evidence
// enough for one) and a purpose or data value, so that a heading followed by
// one "Purpose: ..." line, or a contact block, does not become an SDK.

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privtext/go-privtext/internal/rulefile"
	"github.com/privtext/go-privtext/internal/textnorm"
)

// SDK record fields, as labelled in sdkfields.txt.
const (
	sdkName = iota
	sdkPurpose
	sdkData
	sdkProvider
	sdkURL
	sdkOther // a field the record has but SDK does not report ("Place of processing")
	sdkFieldCount
	// sdkParts marks a field of run-in parts in splitFields, which
	// expands it into the fields its parts open (expandParts); no record
	// holds it.
	sdkParts = sdkFieldCount
)

var sdkFieldLabels = map[string]int{
	"name": sdkName, "purpose": sdkPurpose, "data": sdkData, "provider": sdkProvider, "url": sdkURL, "other": sdkOther,
}

// sdkRules holds the compiled field names.
type sdkRules struct {
	fields  map[string]int  // normalised field name → field
	generic map[string]bool // name words that do not identify a provider
	runin   []sdkRunIn      // words opening the parts of run-in entries, longest first
	// runinNots are words that start like a run-in word and are none
	// (runin.not: 由于).
	runinNots []string
	// examples are the words that open a parenthesis of examples, lower
	// case ("e.g."): a company in one names no provider.
	examples []string
	// linkWords are the link.text words in lookup form: a hyperlink whose
	// text holds one ("隐私政策", "极光隐私政策", "Google Privacy Policy") is a
	// policy link (namesLink).
	linkWords []string
	// parts are the normalised names of fields whose value is run-in
	// parts ("用途及收集信息：用于微信登录，收集设备型号"), read into purpose,
	// data and the other fields by the runin.<field> words.
	parts map[string]bool
	// intros are the words that open a prose entry, the SDK's name right
	// after them ("我们接入了微信开放平台SDK（由…提供），用于…").
	intros []string
	// respective are the words after a field name that give one value for
	// each SDK of a combined entry ("提供方分别为A、B、C"), longest first.
	respective []string
}

func (s *sdkRules) compile(entries []rulefile.Entry) error {
	s.fields = map[string]int{}
	s.generic = map[string]bool{}
	var errs rulefile.ErrorList
	for _, e := range entries {
		if e.Label == "example" {
			for _, t := range e.Terms {
				s.examples = append(s.examples, strings.ToLower(strings.TrimSpace(t)))
			}
			continue
		}
		if e.Label == "generic" {
			for _, t := range e.Terms {
				s.generic[normFieldName(t)] = true
			}
			continue
		}
		if e.Label == "link.text" {
			for _, t := range e.Terms {
				if n := normFieldName(t); n != "" {
					s.linkWords = append(s.linkWords, n)
				}
			}
			continue
		}
		if e.Label == "parts" {
			if s.parts == nil {
				s.parts = map[string]bool{}
			}
			for _, t := range e.Terms {
				s.parts[normFieldName(t)] = true
			}
			continue
		}
		if e.Label == "intro" {
			for _, t := range e.Terms {
				if t = strings.TrimSpace(t); t != "" {
					s.intros = append(s.intros, t)
				}
			}
			slices.SortStableFunc(s.intros, func(a, b string) int { return len(b) - len(a) }) // longest first
			continue
		}
		if e.Label == "respective" {
			for _, t := range e.Terms {
				if n := normFieldName(t); n != "" {
					s.respective = append(s.respective, n)
				}
			}
			slices.SortStableFunc(s.respective, func(a, b string) int { return len(b) - len(a) })
			continue
		}
		if e.Label == "runin.not" {
			for _, t := range e.Terms {
				if t = strings.TrimSpace(t); t != "" {
					s.runinNots = append(s.runinNots, t)
				}
			}
			continue
		}
		if field, ok := strings.CutPrefix(e.Label, "runin."); ok {
			f, known := sdkFieldLabels[field]
			if !known || f == sdkName || f == sdkOther {
				errs = append(errs, docRuleError(e, "unknown run-in field %q (want purpose, data, provider or url)", field))
				continue
			}
			s.addRunIn(f, e.Terms)
			continue
		}
		f, ok := sdkFieldLabels[e.Label]
		if !ok {
			errs = append(errs, docRuleError(e, "unknown SDK field %q (want name, purpose, data, provider, url, other, parts, intro, respective, generic, example, link.text or runin.<field>)", e.Label))
			continue
		}
		for _, t := range e.Terms {
			s.fields[normFieldName(t)] = f
		}
	}
	return errs.Err()
}

// stripRespective returns name without a respective word at its end
// (提供方分别 → 提供方), when what is left names a field, and whether it
// removed one.
func (s *sdkRules) stripRespective(name string) (string, bool) {
	for _, w := range s.respective {
		if t, ok := strings.CutSuffix(name, w); ok && t != "" {
			if _, known := s.fields[t]; known {
				return t, true
			}
		}
	}
	return name, false
}

// normFieldName is the lookup form of a field name: the matching view,
// blanks collapsed, list markers and enclosing punctuation removed.
func normFieldName(s string) string {
	v := docCollapse(textnorm.NewView(s).Text)
	v = strings.TrimLeft(v, "•*-–· ")
	return strings.Trim(v, " :\"'*[]")
}

// sdkMarker matches the list marker of a line: a bullet (•, ◆, ■ …), "1.", "1.2", "1)",
// "(1)", "a)", "(a)", and the Chinese "1、", "（一）", "一、". Compiled once.
var sdkMarker = regexp.MustCompile(`^(?:[•●▪◦·*\-–◆◇■□★☆▶►➢❖]\s*|——\s*|\d{1,3}(?:\.\d{1,3})*[.)、]?\s+|\d{1,3}[、）]\s*|[(（]\s*(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4}|[一二三四五六七八九十]{1,3})\s*[)）]\s*|[一二三四五六七八九十]{1,3}、\s*|[a-zA-Z][.)]\s+)`)

// sdkSpan is a half-open range of the document text.
type sdkSpan struct{ start, end int }

func (s sdkSpan) empty() bool { return s.end <= s.start }

// sdkField is one "field: value" part of a line.
type sdkField struct {
	field      int
	labelStart int
	value      sdkSpan // trimmed; empty when the value is on the next line
	labelEnd   int     // just after the colon
	// respective: the label ends with a respective word, one value per
	// SDK of a combined entry ("提供方分别为").
	respective bool
}

// sdkRecord is a record being read.
type sdkRecord struct {
	start, end int
	vals       [sdkFieldCount]sdkSpan
	set        [sdkFieldCount]bool
	// more holds a field's continuations after its value, in order: the
	// wrapped lines of a drawn table's cell (continuesRow); wrapped counts
	// such rows.
	more      [sdkFieldCount][]sdkSpan
	wrapped   int
	indent    int  // indentation of the line that opened the record
	level     int  // its list level (levelOf)
	described bool // a sentence describing the named service was read (describes)
	// providerLabel is the field name the provider was read under
	// ("第三方名称"), "" for none or a table's.
	providerLabel string
	descLines     int // lines of that description
	// keyValue: a field was read from a row of two cells (keyValueRow).
	// Such a record needs a provider or a link: a first party's table of
	// what a feature collects ("注册登录", then "收集的个人信息 | 手机号码")
	// reads the same.
	keyValue bool
	// bare: the record was opened by a field name set right before its
	// value, with no colon (bareLabelLine); its other lines may be so too.
	bare bool
	// respective: a field gave one value per SDK of a combined entry.
	respective bool
}

// maxDescLines is how many lines a described service's description may
// take before its fields.
const maxDescLines = 3

// valid reports whether the record has a name, a purpose or data value, and
// at least minFields fields besides the name (set, if empty). A record
// without a name field is named after its provider ("Third party: Tencent").
// A name with only a provider and a link is not enough: contact blocks
// ("Company: ... Website: ...") look like that.
func (r *sdkRecord) valid(minFields int) bool {
	n := 0
	for f := sdkPurpose; f < sdkFieldCount; f++ {
		if r.set[f] {
			n++
		}
	}
	purposeOrData := !r.vals[sdkPurpose].empty() || !r.vals[sdkData].empty()
	named := !r.vals[sdkName].empty() || !r.vals[sdkProvider].empty()
	return n >= minFields && named && purposeOrData
}

// label returns the lookup form of field f's name.
func (r *sdkReader) label(f sdkField) string {
	return normFieldName(r.text[f.labelStart:f.labelEnd])
}

// legalEntity reports whether the text of v ends with a legal form
// ("Google LLC", "每日互动股份有限公司").
func (r *sdkReader) legalEntity(v sdkSpan) bool {
	name := r.text[v.start:v.end]
	return r.d.meta.organization(name) != strings.TrimSpace(name)
}

// onlyProvider reports whether the record has a provider and no other
// field, name included.
func (r *sdkRecord) onlyProvider() bool {
	for f, set := range r.set {
		if set != (f == sdkProvider) {
			return false
		}
	}
	return true
}

func (r *sdkRecord) put(f int, v sdkSpan, end int) {
	r.vals[f], r.set[f] = v, true
	r.end = max(r.end, end)
}

// noFieldButLinks reports whether a line has no field but the link field
// (or none at all).
func noFieldButLinks(fields []sdkField) bool {
	for _, f := range fields {
		if f.field != sdkURL {
			return false
		}
	}
	return true
}

// sdkReader is the per-document state of the line state machine.
type sdkReader struct {
	d       *documentRules
	e       *Extractor
	text    string
	links   []Link  // the page's hyperlinks (Document.Links)
	clauses []Input // the document's clauses, for list depths (depthAt)
	// parent is a list item that holds only a company's name, and its
	// level: the provider of the run-in entries nested under it.
	parent      sdkSpan
	parentDepth int
	level       int // the list level of the line being read (levelOf)
	// lastRow is the record of the drawn-table row read last, which
	// wrapped rows continue (continuesRow) until flushRow reports it.
	lastRow *sdkRecord
	cur     *sdkRecord
	pending int // field whose value is expected on the next line; -1 none
	columns []int
	// spaced: the table whose header set columns has its cells set apart
	// by runs of spaces only (docSplitSpaced).
	spaced bool
	// transposed holds the records of a transposed table being read, one
	// per column after the first (transposedRow).
	transposed []*sdkRecord
	out        []SDK
}

func (d *documentRules) sdks(e *Extractor, doc Document, lines []docLine) []SDK {
	r := &sdkReader{d: d, e: e, text: doc.Text, links: validLinks(doc.Text, doc.Links), clauses: doc.Clauses, pending: -1}
	covered := r.tableRowClauses(doc)
	for _, ln := range lines {
		// A row clause may lie inside its line, between outer pipes.
		if docOverlaps(covered, ln.start, ln.end) {
			r.close()
			continue
		}
		r.line(ln)
	}
	r.close()
	r.flushTransposed()
	r.flushRow()
	return r.out
}

// line feeds one line of the document to the state machine.
func (r *sdkReader) line(ln docLine) {
	s, e := docTrim(r.text, ln.start, ln.end)
	if s == e {
		return // blank lines neither open nor close records
	}
	indent := s - ln.start
	marked := false
	if m := sdkMarker.FindStringIndex(r.text[s:e]); m != nil {
		s, marked = s+m[1], true
	}
	if s == e {
		return
	}
	r.level = r.levelOf(s, indent, marked)
	if r.companyItem(s, e, indent) {
		return
	}
	if t := r.text[s:e]; docIsRule(t) && (r.columns != nil || strings.Contains(t, "+")) {
		return // a drawn table's border ("+----+----+"), a table's rule
	}
	if r.transposedRow(s, e) {
		return
	}
	// Plain-text tables: a header row of field names, then one row per SDK.
	// Cells set apart by runs of spaces only make a table when a header
	// of field names opens it (SDK名称    提供方    用途): in other lines
	// two spaces part fields (运营方：…  用途：…).
	cells, spaced := docSplitCells(r.text, s, e), false
	if len(cells) <= 1 && (r.columns == nil || r.spaced) {
		cells, spaced = docSplitSpaced(r.text, s, e), true
	}
	if len(cells) > 1 {
		texts := make([]string, len(cells))
		for i, c := range cells {
			texts[i] = r.text[c.start:c.end]
		}
		if cols := r.header(texts); cols != nil {
			r.close()
			r.columns, r.spaced = cols, spaced
			return
		}
		if r.columns != nil && spaced == r.spaced {
			if len(cells) == len(r.columns) && !r.namesField(texts) {
				r.row(r.columns, cells, sdkSpan{cells[0].start, cells[len(cells)-1].end})
				return
			}
		}
	}
	if r.columns != nil && !groupHeading(r.text[s:e]) {
		r.columns, r.spaced = nil, false
	}
	if cells := docSplitCells(r.text, s, e); len(cells) >= 3 && r.cellRecord(cells, indent) {
		return
	}

	prefix, fields := r.splitFields(s, e)
	if len(fields) == 0 && r.bareLabelLine(s, e, marked) {
		return
	}
	keyValue := false
	if len(fields) == 0 {
		if kv := r.keyValueRow(s, e); kv != nil {
			prefix, fields, keyValue = sdkSpan{}, kv, true
		}
	}
	// A run-in entry may end with its link as a field ("…；收集设备型号；
	// 隐私政策：https://…").
	if noFieldButLinks(fields) && !keyValue && r.runInRecord(s, e, indent) {
		return
	}
	if len(fields) == 0 {
		if r.pending >= 0 && r.cur != nil && r.acceptsValue(r.pending, s, e, marked, indent) {
			r.cur.put(r.pending, sdkSpan{s, e}, e)
			r.pending = -1
			return
		}
		r.pending = -1
		if r.runInBody(s, e) || r.describes(s, e) {
			return
		}
		r.close()
		if bs, be, ok := bracketedName(r.text, s, e); ok {
			if r.namesKind(sdkSpan{bs, be}) {
				return // 【第三方SDK】, 《第三方SDK目录》: a heading, no SDK's name
			}
			s, e = bs, be // 《腾讯云实时音视频TRTC SDK》 on a line of its own
		}
		if ne := strings.TrimRight(r.text[s:e], ":："); len(ne) < e-s && r.sdkNamed(sdkSpan{s, s + len(ne)}) && !r.namesKind(sdkSpan{s, s + len(ne)}) {
			e = s + len(ne) // "微信开放平台SDK：", its fields on the lines below
		}
		if r.nameLike(s, e) {
			r.open(sdkSpan{s, e}, indent)
		}
		return
	}
	r.pending = -1
	if !prefix.empty() {
		r.close()
		if bs, be, ok := bracketedName(r.text, prefix.start, prefix.end); ok && !r.namesKind(sdkSpan{bs, be}) && r.sdkNamed(sdkSpan{bs, be}) {
			prefix = sdkSpan{bs, be} // 【优量汇SDK】提供方：…；用途：… (not 【温馨提示】)
		}
		if r.nameLike(prefix.start, prefix.end) {
			r.open(prefix, indent)
		}
	}
	for _, f := range fields {
		switch {
		case f.field == sdkName:
			r.close()
			r.open(f.value, indent)
			r.cur.start = f.labelStart
			r.cur.end = max(r.cur.end, f.labelEnd)
		case f.field == sdkProvider && r.cur != nil && !r.cur.set[sdkName] && r.cur.set[sdkProvider] &&
			r.label(f) != r.cur.providerLabel &&
			(r.cur.onlyProvider() || !r.legalEntity(r.cur.vals[sdkProvider]) && r.legalEntity(f.value)):
			// A second provider field, under another name, in a record
			// without a name: as in tables (nameProviders), the first one
			// named the SDK when it came right before, or when only the
			// second is a company ("第三方名称：友盟+，用途：统计，公司名称：
			// 友盟同欣（北京）科技有限公司"). The same field name again opens
			// the next record ("Third party: Google Analytics", its fields,
			// then "Third party: Stripe, Inc.").
			r.cur.put(sdkName, r.cur.vals[sdkProvider], f.labelStart)
			r.cur.put(sdkProvider, f.value, max(f.labelEnd, f.value.end))
			r.cur.providerLabel = r.label(f)
		case r.cur == nil || r.cur.set[f.field]:
			// A field with no record, or a second value for a field: a
			// record without a name line, which cannot be reported.
			r.close()
			r.cur = &sdkRecord{start: f.labelStart, indent: indent}
			r.cur.put(f.field, f.value, max(f.labelEnd, f.value.end))
		default:
			r.cur.put(f.field, f.value, max(f.labelEnd, f.value.end))
		}
		if f.field == sdkProvider && r.cur.providerLabel == "" {
			r.cur.providerLabel = r.label(f)
		}
		r.cur.respective = r.cur.respective || f.respective
		if f.value.empty() {
			r.pending = f.field
		} else {
			r.pending = -1
		}
	}
	if r.cur != nil {
		// The record holds its field lines whole, closing brackets
		// included ("可能收集：设备型号（隐私政策：https://…）").
		r.cur.end = max(r.cur.end, e)
		r.cur.keyValue = r.cur.keyValue || keyValue
	}
}

// bareLabelLine reads the line s:e as a field whose name stands right
// before its value, with no colon: what a page's label and value elements
// become once their markup is gone (<span class="label">SDK名称</span><span
// class="value">微信开放平台SDK</span>). A name field opens a record when
// its value names an SDK; the other fields are read only in such a record.
func (r *sdkReader) bareLabelLine(s, e int, marked bool) bool {
	f, end := r.fieldPrefix(s, e)
	if f < 0 {
		return false
	}
	v := trimValue(r.text, end, e)
	switch {
	case v.empty() || holdsSentenceEnd(r.text[v.start:v.end]):
		return false // 用途不限于此。: a sentence
	case f == sdkName:
		if !r.nameLike(v.start, v.end) || !r.sdkNamed(v) || r.namesKind(v) {
			return false
		}
		r.close()
		r.open(v, s-r.lineStart(s))
		r.cur.start, r.cur.bare = s, true
	case r.cur != nil && r.cur.bare && !r.cur.set[f] && !marked && strings.TrimSpace(r.text[r.cur.end:s]) == "" && !strings.HasPrefix(r.text[v.start:v.end], "的"):
		// the next line of the record, with no marker: a numbered
		// heading (五、个人信息的存储) or a label glued to a noun
		// phrase (个人信息的存储) is none
		r.cur.put(f, v, e)
	default:
		return false
	}
	return true
}

// fieldPrefix returns the field whose name, the longest one, opens the
// line s:e, and the end of that name; -1 when none does. A name is looked
// up as written, lower-cased (SDK名称): a name with no colon has no
// blanks or markers for normFieldName to fold, and the lookup of a
// prefix allocates nothing, as most lines of a policy are prose.
func (r *sdkReader) fieldPrefix(s, e int) (field, end int) {
	head := r.text[s:e]
	for n, i := 0, 0; i < len(head); n++ {
		if n > maxBareLabel {
			head = head[:i] // at a rune's start, so lower-casing keeps the length
			break
		}
		_, w := utf8.DecodeRuneInString(head[i:])
		i += w
	}
	low := strings.ToLower(head)
	if len(low) != len(head) {
		return -1, 0 // a case change that moves bytes: no name of ours
	}
	field = -1
	n := 0
	for i := range low {
		if i == 0 {
			continue
		}
		if n++; n > maxBareLabel {
			break
		}
		if f, ok := r.d.sdk.fields[low[:i]]; ok {
			field, end = f, s+i
		}
	}
	return field, end
}

// holdsSentenceEnd reports whether s holds a Chinese sentence end (。！？):
// a field's value is no sentence.
func holdsSentenceEnd(s string) bool {
	return strings.ContainsAny(s, "。！？")
}

// maxBareLabel bounds the characters of a field name with no colon.
const maxBareLabel = 10

// lineStart returns the start of the line that holds byte i.
func (r *sdkReader) lineStart(i int) int {
	return strings.LastIndexByte(r.text[:i], '\n') + 1
}

// keyValueRow reads a row of two cells whose first is a field name — a
// table that gives each SDK rows of its own, "SDK名称 | 微信开放平台SDK",
// "收集的个人信息 | 设备型号、…" — as that field.
func (r *sdkReader) keyValueRow(s, e int) []sdkField {
	cells := docSplitCells(r.text, s, e)
	if len(cells) != 2 || cells[1].empty() {
		return nil
	}
	f, ok := r.d.sdk.fields[normFieldName(r.text[cells[0].start:cells[0].end])]
	if !ok || f == sdkURL && !r.holdsLink(cells[1]) && strings.ContainsAny(r.text[cells[0].end:cells[1].start], "|｜") {
		// "隐私政策 | 关于我们" under the last entry is the site's menu,
		// not the entry's link; a table's row "隐私政策	详见官网" is.
		return nil
	}
	return []sdkField{{field: f, labelStart: cells[0].start, value: cells[1], labelEnd: cells[0].end}}
}

// holdsLink reports whether v holds a web address, written out or as the
// target of a hyperlink (Document.Links) inside it.
func (r *sdkReader) holdsLink(v sdkSpan) bool {
	if r.d.url.MatchString(r.text[v.start:v.end]) {
		return true
	}
	i := sort.Search(len(r.links), func(i int) bool { return r.links[i].Start >= v.start })
	for ; i < len(r.links) && r.links[i].Start < v.end; i++ {
		if r.links[i].End <= v.end && webURL(r.links[i].URL) {
			return true
		}
	}
	return false
}

// groupHeading reports whether a line inside a table is the heading of a
// group of its rows ("（一）登录类", "Analytics"): short, with no cells, no
// blank and no sentence punctuation. The table goes on after it.
func groupHeading(line string) bool {
	return utf8.RuneCountInString(line) <= maxGroupHeading && docSplitCells(line, 0, len(line)) == nil &&
		!strings.ContainsAny(line, "。.；;：:!?！？，, \t\u3000")
}

// namesField reports whether a cell of a row is a field name: the row is
// another table's header ("权限名称 | 使用目的 | 权限说明" after an SDK table), no
// SDK's row.
func (r *sdkReader) namesField(cells []string) bool {
	for _, c := range cells {
		if _, ok := r.d.sdk.fields[normFieldName(c)]; ok {
			return true
		}
	}
	return false
}

// maxGroupHeading bounds the characters of a group heading.
const maxGroupHeading = 10

// cellRecord reads a line of cells with no header row as one record: the
// first cell names the SDK, a cell "field：value" fills that field, and an
// unlabelled cell is the provider when it names a company and the policy
// link when it holds a URL ("高德地图SDK | 高德软件有限公司 | 用途：定位 |
// 收集：位置信息 | https://…"). It reports whether the line was such a
// record: a name and at least one labelled cell.
func (r *sdkReader) cellRecord(cells []sdkSpan, indent int) bool {
	if !r.nameLike(cells[0].start, cells[0].end) {
		return false
	}
	rec := &sdkRecord{start: cells[0].start, end: cells[len(cells)-1].end, indent: indent}
	rec.put(sdkName, cells[0], cells[0].end)
	labelled := false
	for _, c := range cells[1:] {
		if _, fields := r.splitFields(c.start, c.end); len(fields) > 0 {
			for _, f := range fields {
				if !rec.set[f.field] {
					rec.put(f.field, f.value, c.end)
				}
			}
			labelled = true
			continue
		}
		switch t := r.text[c.start:c.end]; {
		case strings.Contains(t, "://") && !rec.set[sdkURL]:
			rec.put(sdkURL, c, c.end)
		case r.legalEntity(c) && !rec.set[sdkProvider]:
			rec.put(sdkProvider, c, c.end)
		}
	}
	if !labelled {
		return false
	}
	r.close()
	if rec.valid(2) {
		r.emit(rec)
	}
	return true
}

// describes takes the line s:e as the description of the service the open
// record names, when the record has nothing but its name and the line is a
// sentence that opens with that name — the layout of generated policies:
//
//	Acme Ads (Acme Inc.)
//	Acme Ads is an advertising service provided by Acme Inc.
//	Personal Data collected: Cookies and Usage Data.
//
// The sentence is the record's purpose, and a parenthesis after the name
// line is its provider.
func (r *sdkReader) describes(s, e int) bool {
	rec := r.cur
	if rec == nil || r.nameLike(s, e) {
		return false
	}
	if rec.described {
		// The description may run on over a few lines.
		if rec.set[sdkData] || rec.set[sdkURL] || rec.descLines >= maxDescLines {
			return false
		}
		rec.descLines++
		rec.put(sdkPurpose, sdkSpan{rec.vals[sdkPurpose].start, e}, e)
		return true
	}
	for f := sdkName + 1; f < sdkFieldCount; f++ {
		if rec.set[f] {
			return false
		}
	}
	name := rec.vals[sdkName]
	var provider sdkSpan
	if t := r.text[name.start:name.end]; strings.HasSuffix(t, ")") {
		if k := strings.LastIndex(t, " ("); k > 0 {
			if r, _ := utf8.DecodeRuneInString(t[k+2:]); unicode.IsUpper(r) || unicode.IsDigit(r) {
				provider = sdkSpan{name.start + k + 2, name.end - 1}
				name.end = name.start + k
			}
		}
	}
	n := name.end - name.start
	if n == 0 || e-s <= n || !strings.EqualFold(r.text[s:s+n], r.text[name.start:name.end]) || r.text[s+n] != ' ' {
		return false
	}
	rec.described, rec.descLines = true, 1
	rec.vals[sdkName] = name
	if !provider.empty() {
		rec.put(sdkProvider, provider, provider.end)
	}
	rec.put(sdkPurpose, sdkSpan{s, e}, e)
	return true
}

// acceptsValue reports whether the line s:e is the value of a field whose
// label ended the previous line: a URL for a link field, otherwise any line
// that is not a new list item at the record's own level.
func (r *sdkReader) acceptsValue(field, s, e int, marked bool, indent int) bool {
	if field == sdkURL {
		return r.d.url.MatchString(r.text[s:e])
	}
	return !marked || indent > r.cur.indent
}

func (r *sdkReader) open(name sdkSpan, indent int) {
	r.cur = &sdkRecord{start: name.start, end: name.end, indent: indent, level: r.level}
	r.cur.vals[sdkName], r.cur.set[sdkName] = name, true
}

// close reports the current record if it is complete and forgets it.
func (r *sdkReader) close() {
	rec := r.cur
	r.cur, r.pending = nil, -1
	if rec == nil || !rec.valid(2) {
		return
	}
	if rec.described && !rec.set[sdkData] && !rec.set[sdkURL] {
		return // a name and a sentence about it: a glossary entry as likely as a service
	}
	if rec.keyValue && !rec.set[sdkProvider] && !rec.set[sdkURL] {
		return
	}
	r.emit(rec)
}

// splitFields finds the "field: value" parts of the line s:e. A field label
// is the text between a separator (line start, ';', ',', '|', '(', ':', a
// tab, or a full stop and a space) and a colon that names a field; its
// value runs to the next label.
// prefix is the text before the first label, or the whole line when there
// is none.
func (r *sdkReader) splitFields(s, e int) (prefix sdkSpan, fields []sdkField) {
	text := r.text
	if strings.IndexByte(text[s:e], ':') < 0 && !strings.Contains(text[s:e], "：") && !strings.Contains(text[s:e], "为") && !strings.Contains(text[s:e], "】") {
		// No label without a colon: most lines of a policy are prose, and
		// the rune loop below is the SDK reader's main cost on them.
		return sdkSpan{s, e}, nil
	}
	sep := s
	for i := s; i < e; {
		c, n := utf8.DecodeRuneInString(text[i:e])
		switch c {
		case ':', '：', '为', '】':
			// 为 "is" joins a Chinese label to its value as a colon does
			// (所属公司为…；隐私政策链接为…), but only after a field name;
			// so does a label in 【】 (【提供方】深圳市腾讯计算机系统有限公司).
			if c == '】' && !strings.HasSuffix(text[:sep], "【") {
				break
			}
			ls, le := docTrim(text, sep, i)
			if le > ls && le-ls <= 80 {
				name, respective := r.d.sdk.stripRespective(normFieldName(text[ls:le]))
				if c == '】' {
					ls = sep - len("【") // the label's bracket is no part of the value before
				}
				if f, ok := r.d.sdk.fields[name]; ok {
					fields = append(fields, sdkField{field: f, labelStart: ls, labelEnd: i + n, respective: respective})
					sep = i + n
					break
				}
				if r.d.sdk.parts[name] {
					fields = append(fields, sdkField{field: sdkParts, labelStart: ls, labelEnd: i + n})
					sep = i + n
					break
				}
			}
			if c != '为' {
				sep = i + n
			}
		case ';', '；', ',', '，', '|', '(', '（', '\t', '\n', '。', '—', '\u3000', '【':
			sep = i + n
		case ' ':
			// Two spaces part fields set side by side on a line
			// ("运营方：腾讯云计算（北京）有限责任公司  用途：视频咨询"), and
			// so does a slash between spaces ("提供方：… / 用途：…").
			if i+1 < e && text[i+1] == ' ' {
				sep = i + n
			} else if i+2 < e && text[i+1] == '/' && text[i+2] == ' ' {
				sep = i + 3
				n = 3
			}
		case '.':
			// "... usage data. Place of processing: USA": a sentence end
			// separates fields; a dot inside a word ("e.g", a URL) does not.
			if i+1 < e && text[i+1] == ' ' {
				sep = i + n
			}
		}
		i += n
	}
	if len(fields) == 0 {
		return sdkSpan{s, e}, nil
	}
	for k := range fields {
		end := e
		if k+1 < len(fields) {
			end = fields[k+1].labelStart
		}
		fields[k].value = trimValue(text, fields[k].labelEnd, end)
	}
	if slices.ContainsFunc(fields, func(f sdkField) bool { return f.field == sdkParts }) {
		fields = r.expandParts(fields)
		if len(fields) == 0 {
			return sdkSpan{s, e}, nil // "用途及收集信息：" with no value
		}
	}
	ps, pe := trimValue(text, s, fields[0].labelStart).start, trimValue(text, s, fields[0].labelStart).end
	return sdkSpan{ps, pe}, fields
}

// bracketedName returns the inside of a line that is a name in title
// brackets (《…》, 【…】), trimmed, and whether it is one.
func bracketedName(text string, s, e int) (int, int, bool) {
	for _, b := range [][2]string{{"《", "》"}, {"【", "】"}} {
		t := text[s:e]
		if strings.HasPrefix(t, b[0]) && strings.HasSuffix(t, b[1]) && strings.Count(t, b[0]) == 1 {
			bs, be := docTrim(text, s+len(b[0]), e-len(b[1]))
			return bs, be, bs < be
		}
	}
	return s, e, false
}

// trimValue trims blanks and the separators that join inline fields, and a
// closing parenthesis that has no opening one in the value.
func trimValue(text string, s, e int) sdkSpan {
	for {
		s, e = docTrim(text, s, e)
		if s >= e {
			return sdkSpan{s, s}
		}
		last, n := utf8.DecodeLastRuneInString(text[s:e])
		switch {
		case strings.ContainsRune(";；,，|(（:：—", last):
			e -= n
			continue
		case (last == ')' || last == '）') && !strings.ContainsAny(text[s:e-n], "(（"):
			e -= n
			continue
		case last == '/' && e-n > s && text[e-n-1] == ' ':
			e -= n // "提供方：… / 用途：…", not a URL's closing slash
			continue
		}
		return sdkSpan{s, e}
	}
}

// nameLike reports whether s:e reads as the name of an SDK rather than a
// sentence: short, no URL, no closing punctuation, starting with a letter
// or digit.
func (r *sdkReader) nameLike(s, e int) bool {
	t := r.text[s:e]
	if e-s > 80 || textnorm.CountFields(t, 8) > 8 || strings.Contains(t, "://") || strings.Contains(t, "www.") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	if !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		return false
	}
	return !strings.ContainsRune(".;:!?,。；：！？，", last)
}

// build turns a complete record into an SDK, labelling its purpose and data
// texts with the vocabulary.
func (r *sdkReader) build(rec *sdkRecord) SDK {
	get := func(f int) string {
		v := rec.vals[f]
		if v.empty() {
			return ""
		}
		return r.joined(rec, f)
	}
	name := get(sdkName)
	if name == "" {
		name = get(sdkProvider)
	}
	sdk := SDK{
		Name:        strings.TrimRight(name, ":： "),
		Provider:    get(sdkProvider),
		PurposeText: get(sdkPurpose),
		DataText:    get(sdkData),
		Start:       rec.start,
		End:         rec.end,
	}
	sdk.ID = r.registryID(rec.vals[sdkName])
	if v := rec.vals[sdkPurpose]; !v.empty() {
		_, purposes, _ := r.fieldMentions(rec, sdkPurpose)
		sdk.Purposes = mentionLabels(purposes)
	}
	if v := rec.vals[sdkData]; !v.empty() {
		data, _, _ := r.fieldMentions(rec, sdkData)
		sdk.Data = mentionLabels(data)
	}
	if v := rec.vals[sdkURL]; !v.empty() {
		sdk.PolicyURL = r.d.pickURL(r.text[v.start:v.end], sdk.Name, sdk.Provider)
	}
	if sdk.PolicyURL == "" && len(r.links) > 0 {
		sdk.PolicyURL, sdk.End = r.linkURL(rec, sdk.Name, sdk.Provider)
	}
	return sdk
}

// registryID returns the id of the first registry SDK ("sdk.umeng") named
// in the name field, or "" when the name is not a known SDK.
func (r *sdkReader) registryID(name sdkSpan) string {
	if name.empty() {
		return ""
	}
	return r.registryIDOf(r.text[name.start:name.end])
}

// joined returns the collapsed text of field f of rec, its continuations
// (rec.more) appended: with no space between ideographs, which a wrapped
// cell cuts mid-word (网 / 络类型), and with one between Latin letters or
// digits.
func (r *sdkReader) joined(rec *sdkRecord, f int) string {
	v := rec.vals[f]
	t := docCollapse(r.text[v.start:v.end])
	for _, m := range rec.more[f] {
		next := docCollapse(r.text[m.start:m.end])
		last, _ := utf8.DecodeLastRuneInString(t)
		first, _ := utf8.DecodeRuneInString(next)
		if last < utf8.RuneSelf && first < utf8.RuneSelf && (unicode.IsLetter(last) || unicode.IsDigit(last)) && (unicode.IsLetter(first) || unicode.IsDigit(first)) {
			t += " "
		}
		t += next
	}
	return t
}

// fieldMentions runs the vocabulary on field f of rec, continuations
// joined. Only the labels of what it returns are meant: with
// continuations, the text it reads is made of pieces of several rows, and
// its offsets are no spans of the document.
func (r *sdkReader) fieldMentions(rec *sdkRecord, f int) (data, purposes, parties []Mention) {
	if len(rec.more[f]) == 0 {
		return r.mentions(rec.vals[f])
	}
	return r.e.mentionsIn(r.joined(rec, f), rec.vals[f].start)
}

// mentions runs the vocabulary on one field value.
func (r *sdkReader) mentions(v sdkSpan) (data, purposes, parties []Mention) {
	return r.e.mentionsIn(r.text[v.start:v.end], v.start)
}

// mentionLabels returns the distinct labels of ms in order of appearance.
func mentionLabels(ms []Mention) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.Label] {
			seen[m.Label] = true
			out = append(out, m.Label)
		}
	}
	return out
}
