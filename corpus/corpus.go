// Package corpus embeds the five privacy policies privtext was developed on,
// byte for byte as published (English translations of Chinese companies'
// policies, with their glued sentences, mixed numbering and curly quotes).
// They serve as examples, test fixtures and the default input of the
// command's compare and search.
//
//	for _, p := range corpus.All() {
//		fmt.Println(p.ID, len(p.Text))
//	}
//	p, ok := corpus.Get("baijinxiu")
package corpus

import (
	"embed"
	"sort"
)

//go:embed *.txt
var files embed.FS

// Policy is one embedded policy and what we know about it.
type Policy struct {
	ID      string // file name without extension, e.g. "baijinxiu"
	Name    string // display name
	Company string // the controller named in the policy
	Product string // the product or service it covers
	Text    []byte // the policy, unchanged
}

var meta = []Policy{
	{ID: "baijinxiu", Name: "Baijinxiu", Company: "Beijing Wali Network Technology Co., Ltd", Product: "Baijinxiu live-streaming app"},
	{ID: "mibee", Name: "miBEE", Company: "Menred Intelligent Systems (Shanghai) Co., Ltd.", Product: "miBEE smart-home app"},
	{ID: "mijia-camera", Name: "Mijia Smart Camera", Company: "Shaanxi Minor Electronic Information Technology Co., Ltd.", Product: "Mijia smart camera"},
	{ID: "mile-technology", Name: "Mi Le Technology", Company: "Zhejiang Mi Le Technology Co., Ltd.", Product: "Mi Le Technology website"},
	{ID: "mipmap", Name: "MipMap", Company: "Beijing ManManXingTu Technology Co., Ltd.", Product: "MipMap"},
}

// All returns the embedded policies sorted by ID. The Text slices are shared:
// do not modify them.
func All() []Policy {
	out := make([]Policy, 0, len(meta))
	for _, m := range meta {
		p, _ := Get(m.ID)
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// IDs returns the identifiers of the embedded policies, sorted.
func IDs() []string {
	ids := make([]string, len(meta))
	for i, m := range meta {
		ids[i] = m.ID
	}
	sort.Strings(ids)
	return ids
}

// Get returns the policy with the given ID.
func Get(id string) (Policy, bool) {
	for _, m := range meta {
		if m.ID == id {
			text, err := files.ReadFile(id + ".txt")
			if err != nil {
				return Policy{}, false
			}
			m.Text = text
			return m, true
		}
	}
	return Policy{}, false
}
