package extract

// SDK lists laid out as tables: plain-text and Markdown tables whose header
// row names the fields, and table-row clauses labelled with their header
// cells, as the segmenter hands over HTML tables.

import (
	"slices"
	"strings"
)

// tableRowClauses reads clauses that are table rows — their Label is the
// header row, "Name | Purpose | ..." — and returns the spans they cover.
func (r *sdkReader) tableRowClauses(doc Document) []sdkSpan {
	var covered []sdkSpan
	for _, c := range doc.Clauses {
		if !strings.Contains(c.Label, "|") || c.Offset < 0 || c.Offset+len(c.Text) > len(r.text) || r.text[c.Offset:c.Offset+len(c.Text)] != c.Text {
			continue
		}
		cols := r.header(strings.Split(c.Label, "|"))
		if cols == nil {
			continue
		}
		cells := r.givenCells(c)
		if cells == nil {
			// The row's line whole: a clause may start after a row's
			// empty first cells ("|      |      | 支付、分享 |").
			ls, le := c.Offset, c.Offset+len(c.Text)
			if i := strings.LastIndexByte(r.text[:ls], '\n') + 1; strings.Trim(r.text[i:ls], tableLineChars) == "" {
				ls = i
			}
			if i := strings.IndexByte(r.text[le:], '\n'); i >= 0 && strings.Trim(r.text[le:le+i], tableLineChars) == "" {
				le += i
			}
			cells = docSplitCells(r.text, ls, le)
		}
		if len(cells) != len(cols) {
			continue
		}
		span := sdkSpan{c.Offset, c.Offset + len(c.Text)}
		covered = append(covered, span)
		texts := make([]string, len(cells))
		for i, cell := range cells {
			texts[i] = r.text[cell.start:cell.end]
		}
		if r.header(texts) != nil {
			continue // the header row itself
		}
		if k := slices.Index(cols, sdkName); k >= 0 && cells[k].end <= span.start && !cells[k].empty() {
			continue // a name spanned from the row above: that record's row, no SDK of its own
		}
		r.row(cols, cells, span)
	}
	r.flushRow()
	return covered
}

// givenCells returns the cells of row clause c as the caller gave them
// (Input.Cells), trimmed, or nil when it gave none or one lies outside the
// text.
func (r *sdkReader) givenCells(c Input) []sdkSpan {
	if c.Cells == nil {
		return nil
	}
	cells := make([]sdkSpan, len(c.Cells))
	for i, x := range c.Cells {
		if x.Start < 0 || x.Start > x.End || x.End > len(r.text) {
			return nil
		}
		s, e := docTrim(r.text, x.Start, x.End)
		cells[i] = sdkSpan{s, max(s, e)}
	}
	return cells
}

// docOverlaps reports whether one of spans overlaps [start, end).
func docOverlaps(spans []sdkSpan, start, end int) bool {
	for _, s := range spans {
		if s.start < end && start < s.end {
			return true
		}
	}
	return false
}

// row reports one table row read with the given columns; span is the
// row's own text (a cell a row above spans lies before it).
func (r *sdkReader) row(cols []int, cells []sdkSpan, span sdkSpan) {
	r.close()
	if r.continuesRow(cols, cells) {
		return
	}
	r.flushRow()
	rec := &sdkRecord{start: span.start, end: span.end}
	for i, f := range cols {
		if f >= 0 && !rec.set[f] {
			rec.vals[f], rec.set[f] = cells[i], true
		}
	}
	if r.drawnAbove(cells[0].start) {
		// Wrapped rows may follow: the record is reported by flushRow,
		// once they are read (a first row may even lack its data).
		r.lastRow = rec
		return
	}
	if rec.valid(1) {
		r.emit(rec)
	}
}

// continuesRow reads a row of a drawn table whose name and provider cells
// are empty, right after the record of the row before (nothing but white
// space and cell bars between), as more of that row: a drawn table wraps
// long cells onto further rows
//
//	+---+-----------------+-----+----------------------------+
//	| 1 | 微信开放平台SDK | …   | 设备型号、操作系统版本、网 |
//	|   |                 | …   | 络类型、微信OpenID         |
//
// and the record's fields take the wrapped text (flushRow reports the
// record once its last row is read). Only a record whose row follows a
// drawn border ("+---+") is continued: in other tables an empty cell may
// mean "as above", and the row is a record of its own. At most
// maxWrappedRows rows continue one record. It reports whether the row was
// read so (a row of empty cells is, and adds nothing).
func (r *sdkReader) continuesRow(cols []int, cells []sdkSpan) bool {
	rec := r.lastRow
	if rec == nil || len(cells) != len(cols) || cells[0].start < rec.end || rec.wrapped >= maxWrappedRows {
		return false
	}
	for i, f := range cols {
		if (f == sdkName || f == sdkProvider) && !cells[i].empty() {
			return false // a row of its own
		}
	}
	if strings.Trim(r.text[rec.end:cells[0].start], tableLineChars) != "" || strings.Contains(r.text[rec.end:cells[0].start], "+") {
		return false // text, or a border: the record ended
	}
	for i, f := range cols {
		switch {
		case f < 0 || f == sdkOther || cells[i].empty():
		case rec.set[f] && !rec.vals[f].empty():
			rec.more[f] = append(rec.more[f], cells[i])
		default:
			rec.vals[f], rec.set[f] = cells[i], true
		}
	}
	rec.end = cells[len(cells)-1].end
	rec.wrapped++
	return true
}

// maxWrappedRows bounds the rows one drawn-table record may wrap onto.
const maxWrappedRows = 16

// tableLineChars are the white space and bars around the cells of a table
// line.
const tableLineChars = " \t\n|｜"

// flushRow reports the record of the last drawn-table row, its wrapped
// rows read, and forgets it.
func (r *sdkReader) flushRow() {
	if r.lastRow != nil && r.lastRow.valid(1) {
		r.out = append(r.out, r.build(r.lastRow))
	}
	r.lastRow = nil
}

// emit reports a complete record, after the pending drawn-table row, so
// that records come in reading order.
func (r *sdkReader) emit(rec *sdkRecord) {
	r.flushRow()
	sdk := r.build(rec)
	if each := r.combined(rec, sdk); each != nil {
		r.out = append(r.out, each...)
		return
	}
	r.out = append(r.out, sdk)
}

// drawnAbove reports whether the line before the one holding offset i is a
// drawn table's border ("+----+----+").
func (r *sdkReader) drawnAbove(i int) bool {
	ls := strings.LastIndexByte(r.text[:i], '\n')
	if ls < 0 {
		return false
	}
	prev := r.text[strings.LastIndexByte(r.text[:ls], '\n')+1 : ls]
	return strings.Contains(prev, "+") && docIsRule(strings.TrimSpace(prev))
}

// header returns the fields of the cells of a table header row, or nil
// when the cells are not mostly field names or no cell names the SDK or its
// provider. The first cell may follow a lead-in and a colon.
func (r *sdkReader) header(cells []string) []int {
	cols := make([]int, len(cells))
	hasName, known := false, 0 // a provider column names the SDK if none does
	for i, c := range cells {
		f, ok := r.d.sdk.fields[normFieldName(c)]
		if k := strings.LastIndexAny(c, ":："); !ok && i == 0 && k >= 0 {
			// A lead-in before the first field name: "下列各条目依次为：
			// SDK名称｜所属公司｜…".
			f, ok = r.d.sdk.fields[normFieldName(c[k:])]
		}
		if !ok {
			f, ok = r.bilingualField(c)
		}
		if !ok {
			cols[i] = -1
			continue
		}
		cols[i] = f
		known++
		hasName = hasName || f == sdkName || f == sdkProvider
	}
	if !hasName || known < 2 || known*2 < len(cells) {
		return nil
	}
	nameProviders(cols)
	return cols
}

// bilingualField returns the field a header cell names in two languages,
// one after the other ("SDK名称 SDK Name", "提供方<br>Provider" once the
// line break is a space): a field name before a space, with the rest in
// Latin letters, or the Latin rest itself.
func (r *sdkReader) bilingualField(c string) (int, bool) {
	if len(c) > maxBilingualCell {
		return 0, false // a sentence, no header cell: and the test below is quadratic
	}
	for i, ch := range c {
		if ch != ' ' || i == 0 {
			continue
		}
		rest := strings.TrimSpace(c[i:])
		if rest == "" || !latinWords(rest) || latinWords(c[:i]) {
			continue
		}
		if f, ok := r.d.sdk.fields[normFieldName(c[:i])]; ok {
			return f, true
		}
		if f, ok := r.d.sdk.fields[normFieldName(rest)]; ok {
			return f, true
		}
	}
	return 0, false
}

// maxBilingualCell bounds the bytes of a header cell named in two
// languages ("收集的个人信息 Personal Information Collected").
const maxBilingualCell = 80

// latinWords reports whether s is made of ASCII letters, digits, spaces
// and the punctuation of field names only.
func latinWords(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || !(c == ' ' || c == '-' || c == '/' || c == '(' || c == ')' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// fieldHeader reports whether text is a row of field names, a table's
// header ("各条目依次为：SDK名称｜所属公司｜收集的个人信息"), which states no practice
// though its words may be triggers: the segmenter marks a header only when
// rows follow it at once (Input.Header).
func (d *documentRules) fieldHeader(text string) bool {
	cells := docSplitCells(text, 0, len(text))
	if len(cells) < minRowCells {
		return false
	}
	texts := make([]string, len(cells))
	for i, c := range cells {
		texts[i] = text[c.start:c.end]
	}
	return (&sdkReader{d: d}).header(texts) != nil
}

// nameProviders turns the first of two provider columns into the name
// column when no column names the SDK: "第三方名称 | … | 公司名称" lists the
// third party's product, then its company.
func nameProviders(cols []int) {
	first := -1
	for i, f := range cols {
		switch {
		case f == sdkName:
			return
		case f == sdkProvider && first < 0:
			first = i
		case f == sdkProvider:
			cols[first] = sdkName
			return
		}
	}
}

// docSplitCells splits s:e at '|', full-width '｜' or tab separators,
// dropping the empty cells outside leading and trailing pipes. It returns
// nil when there is none.
func docSplitCells(text string, s, e int) []sdkSpan {
	sep := ""
	for _, c := range []string{"|", "｜", "\t"} {
		if strings.Contains(text[s:e], c) {
			sep = c
			break
		}
	}
	if sep == "" {
		return nil
	}
	var cells []sdkSpan
	start := s
	for start <= e {
		i := strings.Index(text[start:e], sep)
		end := start + i
		if i < 0 {
			end = e
		}
		cs, ce := docTrim(text, start, end)
		cells = append(cells, sdkSpan{cs, ce})
		if i < 0 {
			break
		}
		start = end + len(sep)
	}
	if len(cells) > 0 && cells[0].empty() {
		cells = cells[1:]
	}
	if len(cells) > 0 && cells[len(cells)-1].empty() {
		cells = cells[:len(cells)-1]
	}
	return cells
}

// docSplitSpaced splits the line s:e into cells set apart by runs of two
// or more spaces (a table aligned with spaces), trimmed; nil when the line
// has no such run.
func docSplitSpaced(text string, s, e int) []sdkSpan {
	if !strings.Contains(text[s:e], "  ") {
		return nil
	}
	var cells []sdkSpan
	start := s
	for start < e {
		i := strings.Index(text[start:e], "  ")
		if i < 0 {
			cells = append(cells, sdkSpan{start, e})
			break
		}
		cells = append(cells, sdkSpan{start, start + i})
		start += i
		for start < e && text[start] == ' ' {
			start++
		}
	}
	return cells
}

// docIsRule reports whether a table line is a Markdown header rule "---|:--"
// or a drawn table's border "+----+----+".
func docIsRule(s string) bool {
	return strings.Trim(s, "|-:+= \t") == "" && strings.Contains(s, "-")
}

// transposedRow reads the line s:e as a row of a transposed table, one
// whose columns are the SDKs and whose rows are the fields:
//
//	| SDK名称    | 微信开放平台SDK      | 支付宝SDK           |
//	| 提供方     | 深圳市腾讯计算机…    | 支付宝（中国）…     |
//	| 收集的信息 | 设备型号、网络类型   | Android ID、IP地址  |
//
// A row whose first cell names the name field and whose other cells read
// as names, none a field name, opens one record per column; each row
// after it whose first cell is another field fills that field of every
// column's record. Any other line ends the table, whose records are then
// reported in column order. A record spans from its name cell to its last
// cell, so the records of one table overlap. It reports whether the line
// was such a row.
func (r *sdkReader) transposedRow(s, e int) bool {
	cells := docSplitCells(r.text, s, e)
	if recs := r.transposed; recs != nil {
		// Empty cells at the end may have been trimmed with the line.
		if len(cells) >= 2 && len(cells) <= len(recs)+1 {
			if f, ok := r.d.sdk.fields[normFieldName(r.text[cells[0].start:cells[0].end])]; ok && f != sdkName {
				for i, v := range cells[1:] {
					if rec := recs[i]; !v.empty() && !rec.set[f] {
						rec.put(f, v, v.end)
					}
				}
				return true
			}
		}
		r.flushTransposed()
	}
	if len(cells) < 3 {
		return false
	}
	if f, ok := r.d.sdk.fields[normFieldName(r.text[cells[0].start:cells[0].end])]; !ok || f != sdkName {
		return false
	}
	for _, c := range cells[1:] {
		if _, field := r.d.sdk.fields[normFieldName(r.text[c.start:c.end])]; c.empty() || field || !r.nameLike(c.start, c.end) {
			return false
		}
	}
	r.close()
	r.flushRow()
	for _, c := range cells[1:] {
		rec := &sdkRecord{start: c.start, end: c.end}
		rec.vals[sdkName], rec.set[sdkName] = c, true
		r.transposed = append(r.transposed, rec)
	}
	return true
}

// flushTransposed reports the records of the transposed table read last,
// in column order, and forgets them.
func (r *sdkReader) flushTransposed() {
	recs := r.transposed
	r.transposed = nil
	for _, rec := range recs {
		if rec.valid(1) {
			r.emit(rec)
		}
	}
}
