package extract

// Collections a list states through its field names and column headers
// rather than through a verb: "处理的个人信息：设备型号" in an SDK's entry, or
// the "收集的个人信息" cell of its table row, names what the SDK collects; the
// "个人信息" cell of a row under "业务功能 | 个人信息 | 目的", what the first
// party collects.

import (
	"slices"
	"strings"
)

// ownerCollections returns the collections by in.Owner, the SDK whose list
// entry holds the clause, that the clause states through a data field or
// column (sdkfields.txt "data") when it states none of its own. A denial
// inside the field (设备标识符（不收集IMEI）) is no collection of its own:
// the field still states the rest.
func (d *documentRules) ownerCollections(in Input, fields []sdkField, data []Mention, have []Practice) []Practice {
	if slices.ContainsFunc(have, func(p Practice) bool { return p.Action == ActionCollect && !p.Negated }) {
		return nil
	}
	if strings.Contains(in.Label, "|") {
		return withoutDenied(d.sdk.rowCollections(in, data), have)
	}
	if in.Owner == "" {
		return nil
	}
	var out []Practice
	if cells := docSplitCells(in.Text, 0, len(in.Text)); len(fields) == 0 && len(cells) >= minRowCells {
		// A row of cells with no header, the first naming the SDK
		// ("微信SDK｜深圳市腾讯计算机系统有限公司｜设备型号、网络类型｜https://…"):
		// the data its other cells name is what the SDK collects.
		for _, c := range cells[1:] {
			if pr, ok := ownerCollection(in, data, in.Offset+c.start, in.Offset+c.end); ok {
				out = append(out, pr)
			}
		}
		return withoutDenied(out, have)
	}
	for _, f := range fields {
		if f.field != sdkData || f.value.empty() {
			continue
		}
		if pr, ok := ownerCollection(in, data, in.Offset+f.value.start, in.Offset+f.value.end); ok {
			out = append(out, pr)
		}
	}
	return withoutDenied(out, have)
}

// entryFields returns the "field: value" parts of a clause in an SDK's
// list entry (Input.Owner, Input.Owners), nil for any other clause.
func (d *documentRules) entryFields(in Input) []sdkField {
	if in.Owner == "" && len(in.Owners) == 0 {
		return nil
	}
	r := &sdkReader{d: d, text: in.Text}
	_, fields := r.splitFields(0, len(in.Text))
	return fields
}

// outsideFieldLabels drops the data mentions inside the field names of a
// clause in an SDK's list entry (fields, from entryFields): 个人信息 in
// 收集个人信息类型：设备型号 names the field, not data.
func outsideFieldLabels(in Input, fields []sdkField, ms []Mention) []Mention {
	if len(fields) == 0 || len(ms) == 0 {
		return ms
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		s, e := m.Start-in.Offset, m.End-in.Offset
		return slices.ContainsFunc(fields, func(f sdkField) bool { return f.labelStart <= s && e <= f.labelEnd })
	})
}

// outsideOtherFields drops the practices of a clause in an SDK's list
// entry (Input.Owner) whose evidence starts in one of its fields other than
// the data it collects, label or value: "SDK用途：崩溃日志收集与分析" names a
// purpose and "共享方式：SDK本机采集" how the data travels; in a run-in line
// ("由腾讯提供，用于人脸核验，会采集人脸图像"), a part opened by 用于 or
// 由…提供 says what the SDK is for and who makes it. What the entry
// collects is its data field's (ownerCollections).
func (d *documentRules) outsideOtherFields(in Input, fields []sdkField, ps []Practice) []Practice {
	if in.Owner == "" || len(ps) == 0 {
		return ps
	}
	r := &sdkReader{d: d, text: in.Text}
	var other []sdkSpan
	// The run-in parts before the first field ("百度OCR SDK：用于文字识别；收集
	// 图片；隐私政策：https://…" has only its link as a field).
	head := len(in.Text)
	if len(fields) > 0 {
		head = fields[0].labelStart
	}
	for _, part := range r.runInParts(0, head) {
		if f, _, n, _ := d.sdk.runInField(in.Text[part.start:part.end], true); n > 0 && f != sdkData {
			other = append(other, part)
		}
	}
	if len(fields) > 0 {
		for i, f := range fields {
			// The field runs to the next label, the end of its cell or a
			// semicolon, whichever comes first: in "用途：统计；收集个人信息：…"
			// 收集 opens the data field.
			end := len(in.Text)
			if i+1 < len(fields) {
				end = fields[i+1].labelStart
			}
			if k := strings.IndexAny(in.Text[f.labelEnd:end], "|\t;；"); k >= 0 {
				end = f.labelEnd + k
			}
			if f.field != sdkData {
				other = append(other, sdkSpan{f.labelStart, end})
			}
		}
	}
	return slices.DeleteFunc(ps, func(p Practice) bool {
		s := p.Start - in.Offset
		return slices.ContainsFunc(other, func(v sdkSpan) bool { return s >= v.start && s < v.end })
	})
}

// minRowCells is the fewest cells of a row read as an SDK's entry: a name,
// and at least two of provider, data, purpose and link.
const minRowCells = 3

// withoutDenied drops from the collections ps the data a denied
// collection of have names (设备标识符（不收集IMEI）: the IMEI), and the
// collections left with none.
func withoutDenied(ps, have []Practice) []Practice {
	var denied []string
	for _, p := range have {
		if p.Action == ActionCollect && p.Negated {
			denied = append(denied, p.Data...)
		}
	}
	if len(denied) == 0 {
		return ps
	}
	out := ps[:0]
	for _, p := range ps {
		p.Data = slices.DeleteFunc(p.Data, func(l string) bool { return slices.Contains(denied, l) })
		if len(p.Data) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// ownerCollection is in.Owner's collection of the data mentioned in the
// value at [start, end) of the document, if it names any, or the first
// party's when the clause has no owner.
func ownerCollection(in Input, data []Mention, start, end int) (Practice, bool) {
	pr := Practice{Action: ActionCollect, Actor: ActorFirstParty, Start: start, End: end}
	if in.Owner != "" {
		pr.Actor, pr.Recipients = ActorThirdParty, []string{in.Owner}
	}
	for _, m := range data {
		if m.Start >= start && m.End <= end {
			pr.Data = addLabel(pr.Data, m.Label)
		}
	}
	return pr, pr.Data != nil
}

// clauseCells returns in.Cells as spans of in.Text, a cell spanned from a
// row above (before the clause) as an empty span at the clause's start, or
// nil when the caller gave none or one lies beyond the clause.
func clauseCells(in Input) []sdkSpan {
	if in.Cells == nil {
		return nil
	}
	cells := make([]sdkSpan, len(in.Cells))
	for i, c := range in.Cells {
		s, e := c.Start-in.Offset, c.End-in.Offset
		switch {
		case e <= 0 && c.Start <= c.End:
			s, e = 0, 0 // a row above's: no text of this clause
		case s < 0 || s > e || e > len(in.Text):
			return nil
		}
		cells[i] = sdkSpan{s, e}
	}
	return cells
}

// rowCollections returns the collections a table row of an SDK list states
// through its column header: in a row under "SDK名称 | 使用目的 | 收集的个人信息",
// the third cell names what the SDK, in.Owner, collects, though no verb in
// the row says so. One practice per data column that names data; none when
// its cells do not line up with the header.
func (s *sdkRules) rowCollections(in Input, data []Mention) []Practice {
	header := strings.Split(in.Label, "|")
	cells := docSplitCells(in.Text, 0, len(in.Text))
	if given := clauseCells(in); given != nil {
		cells = given // the columns in place when empty or spanned cells left the text short
	}
	if len(cells) != len(header) {
		return nil
	}
	// Only a list of SDKs — a column names them — says its SDKs collect;
	// "Third party | Purpose | Personal data" may list what is shared.
	cols := make([]int, len(header))
	for i, h := range header {
		f, ok := s.fields[normFieldName(h)]
		if !ok {
			f = -1
		}
		cols[i] = f
	}
	nameProviders(cols)
	switch {
	case slices.Contains(cols, sdkName):
		// A list of SDKs: each row's SDK, the owner, collects.
		if in.Owner == "" {
			return nil
		}
	case slices.Contains(cols, sdkProvider) || !slices.Contains(cols, sdkPurpose) || in.Owner != "":
		return nil
	default:
		// A list of the first party's collections, no party named:
		// "业务功能 | 个人信息 | 目的", "Data | Purpose".
	}
	var out []Practice
	for i, f := range cols {
		if f != sdkData {
			continue
		}
		if pr, ok := ownerCollection(in, data, in.Offset+cells[i].start, in.Offset+cells[i].end); ok {
			out = append(out, pr)
		}
	}
	return out
}
