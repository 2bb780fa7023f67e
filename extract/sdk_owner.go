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
func (d *documentRules) ownerCollections(in Input, data []Mention, have []Practice) []Practice {
	if slices.ContainsFunc(have, func(p Practice) bool { return p.Action == ActionCollect && !p.Negated }) {
		return nil
	}
	if strings.Contains(in.Label, "|") {
		return withoutDenied(d.sdk.rowCollections(in, data), have)
	}
	if in.Owner == "" {
		return nil
	}
	r := &sdkReader{d: d, text: in.Text}
	_, fields := r.splitFields(0, len(in.Text))
	var out []Practice
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

// rowCollections returns the collections a table row of an SDK list states
// through its column header: in a row under "SDK名称 | 使用目的 | 收集的个人信息",
// the third cell names what the SDK, in.Owner, collects, though no verb in
// the row says so. One practice per data column that names data; none when
// its cells do not line up with the header.
func (s *sdkRules) rowCollections(in Input, data []Mention) []Practice {
	header := strings.Split(in.Label, "|")
	cells := docSplitCells(in.Text, 0, len(in.Text))
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
