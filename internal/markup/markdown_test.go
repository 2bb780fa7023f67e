package markup

import "testing"

func TestReadMarkdown(t *testing.T) {
	tests := []readerCase{
		{"atx headings", "# One\n### Three ###\n###### Six\n#NoSpace",
			[]blk{{H, 1, "One", nil, nil}, {H, 3, "Three", nil, nil}, {H, 6, "Six", nil, nil}, {P, 0, "#NoSpace", nil, nil}}},
		{"heading keeps inner hashes", "## C# and F#\n", []blk{{H, 2, "C# and F#", nil, nil}}},
		{"setext headings", "Title\n=====\n\nSub\n---\ntext", []blk{{H, 1, "Title", nil, nil}, {H, 2, "Sub", nil, nil}, {P, 0, "text", nil, nil}}},
		{"paragraph lines join", "one\ntwo\r\nthree\n\nfour", []blk{{P, 0, "one two three", nil, nil}, {P, 0, "four", nil, nil}}},
		{"hard breaks", "one  \ntwo\\\nthree", []blk{{P, 0, "one\ntwo\nthree", nil, nil}}},
		{"bullets and numbers", "- a\n* b\n+ c\n1. d\n2) e", []blk{{LI, 1, "a", nil, nil}, {LI, 1, "b", nil, nil}, {LI, 1, "c", nil, nil}, {LI, 1, "d", nil, nil}, {LI, 1, "e", nil, nil}}},
		{"nesting by indentation", "- a\n  - b\n    - c\n  - d\n- e", []blk{{LI, 1, "a", nil, nil}, {LI, 2, "b", nil, nil}, {LI, 3, "c", nil, nil}, {LI, 2, "d", nil, nil}, {LI, 1, "e", nil, nil}}},
		{"lazy continuation", "- item starts\ncontinues here\n- next", []blk{{LI, 1, "item starts continues here", nil, nil}, {LI, 1, "next", nil, nil}}},
		{"list interrupts paragraph", "We collect:\n- names\n- emails", []blk{{P, 0, "We collect:", nil, nil}, {LI, 1, "names", nil, nil}, {LI, 1, "emails", nil, nil}}},
		{"indented paragraph after item", "- a\n\n  more about a\n\nafter", []blk{{LI, 1, "a", nil, nil}, {P, 1, "more about a", nil, nil}, {P, 0, "after", nil, nil}}},
		{"indented paragraph under a nested item", "- a\n  - b\n\n    more about b\n\nafter",
			[]blk{{LI, 1, "a", nil, nil}, {LI, 2, "b", nil, nil}, {P, 2, "more about b", nil, nil}, {P, 0, "after", nil, nil}}},
		{"not a list", "-not\n1.5 percent\n2024. Year", []blk{{P, 0, "-not 1.5 percent 2024. Year", nil, nil}}},
		{"quotes", "> quoted\n> more\n\n> > nested", []blk{{P, 0, "quoted more", nil, nil}, {P, 0, "nested", nil, nil}}},
		{"fenced code dropped", "a\n```go\nx := 1\n```\nb\n~~~\ny\n~~~", []blk{{P, 0, "a", nil, nil}, {P, 0, "b", nil, nil}}},
		{"unclosed fence drops the rest", "a\n```\nb", []blk{{P, 0, "a", nil, nil}}},
		{"thematic breaks", "a\n\n***\n\n- - -\nb", []blk{{P, 0, "a", nil, nil}, {P, 0, "b", nil, nil}}},
		{"table", "| SDK | Data |\n|---|:---:|\n| Umeng | IMEI |\n| | x |\n\nafter",
			[]blk{{TR, 0, "SDK\tData", []string{"SDK", "Data"}, []string{"SDK", "Data"}},
				{TR, 0, "Umeng\tIMEI", []string{"Umeng", "IMEI"}, []string{"SDK", "Data"}},
				{TR, 0, "x", []string{"", "x"}, []string{"SDK", "Data"}},
				{P, 0, "after", nil, nil}}},
		{"table without outer pipes and escaped pipe", "a | b\n--|--\nx \\| y | z",
			[]blk{{TR, 0, "a\tb", []string{"a", "b"}, []string{"a", "b"}}, {TR, 0, "x | y\tz", []string{"x | y", "z"}, []string{"a", "b"}}}},
		{"pipe without delimiter row", "a | b\nc", []blk{{P, 0, "a | b c", nil, nil}}},
		{"emphasis", "**bold** and *it* and __b__ and _i_ and ~~s~~", []blk{{P, 0, "bold and it and b and i and s", nil, nil}}},
		{"unpaired markers stay", "2 * 3 and snake_case_name and a*", []blk{{P, 0, "2 * 3 and snake_case_name and a*", nil, nil}}},
		{"code spans", "use `a*b*c` and ``x ` y``", []blk{{P, 0, "use a*b*c and x ` y", nil, nil}}},
		{"escapes", `\*not\* \# \[x\]`, []blk{{P, 0, "*not* # [x]", nil, nil}}},
		{"links", "[Google](https://policies.google.com \"t\") [https://a.b](https://a.b) ![logo](l.png) [ref][1] [plain]",
			[]blk{{P, 0, "Google (https://policies.google.com) https://a.b logo ref [plain]", nil, nil}}},
		{"link with emphasis", "[**Umeng** SDK](https://umeng.com)", []blk{{P, 0, "Umeng SDK (https://umeng.com)", nil, nil}}},
		{"autolink", "see <https://x.org/p> or <b> now", []blk{{P, 0, "see https://x.org/p or <b> now", nil, nil}}},
		{"empty item", "-\n- a", []blk{{LI, 1, "a", nil, nil}}},
		{"break then text is not front matter", "---\nPolicy\n---\nbody", []blk{{H, 2, "Policy", nil, nil}, {P, 0, "body", nil, nil}}},
		{"empty", "", nil},
		{"only blank lines", "\n\n  \n", nil},
	}
	testReader(t, ReadMarkdown, tests)
}

func TestReadMarkdownMarkersAndTitle(t *testing.T) {
	src := "---\ntitle: \"From Front Matter\"\n---\n# Heading\n\n12. twelfth\n"
	d, err := ReadMarkdown(src)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "From Front Matter" {
		t.Errorf("Title = %q", d.Title)
	}
	b := d.Blocks[1]
	if got := d.Text[b.Marker.Start:b.Marker.End]; got != "12." {
		t.Errorf("marker = %q, want 12.", got)
	}
	if s, e := d.Map.Span(b.Marker.Start, b.Marker.End); src[s:e] != "12." {
		t.Errorf("marker source = %q", src[s:e])
	}
	d, _ = ReadMarkdown("Intro\n\nSetext Title\n============\n")
	if d.Title != "Setext Title" {
		t.Errorf("setext Title = %q", d.Title)
	}
}
