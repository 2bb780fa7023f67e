package markup

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/privtext/go-privtext/internal/layout"
)

// blk is a block as tests describe it: kind, level or depth, text.
type blk struct {
	Kind  layout.Kind
	N     int // Level for headings, Depth for list items and paragraphs
	Text  string
	Cells []string
	Head  []string
}

// boilerplate prefixes the text of a Boilerplate block in a blk.
const boilerplate = "(boilerplate) "

func describe(d *Doc) []blk {
	var out []blk
	for _, b := range d.Blocks {
		x := blk{Kind: b.Kind, Text: d.Text[b.Start:b.End]}
		if b.Boilerplate {
			x.Text = boilerplate + x.Text
		}
		switch b.Kind {
		case layout.Heading:
			x.N = b.Level
		case layout.ListItem, layout.Paragraph:
			x.N = b.Depth
		case layout.TableRow:
			x.Cells = spans(d.Text, b.Cells)
			x.Head = spans(d.Text, b.Header)
		}
		out = append(out, x)
	}
	return out
}

const (
	P  = layout.Paragraph
	H  = layout.Heading
	LI = layout.ListItem
	TR = layout.TableRow
)

func TestReadHTML(t *testing.T) {
	tests := []readerCase{
		{"headings", "<h1>One</h1><h3>Three</h3><h6>Six</h6>",
			[]blk{{H, 1, "One", nil, nil}, {H, 3, "Three", nil, nil}, {H, 6, "Six", nil, nil}}},
		{"paragraph blocks", "<p>a</p><div>b</div><section>c</section><article>d</article><blockquote>e</blockquote>",
			[]blk{{P, 0, "a", nil, nil}, {P, 0, "b", nil, nil}, {P, 0, "c", nil, nil}, {P, 0, "d", nil, nil}, {P, 0, "e", nil, nil}}},
		{"whitespace collapses", "<p>  a \n\t b   </p>", []blk{{P, 0, "a b", nil, nil}}},
		{"inline tags join", "<p>We <b>collect</b> <i>your</i>data</p>", []blk{{P, 0, "We collect yourdata", nil, nil}}},
		{"entities", "<p>A&amp;B &lt;x&gt; &#39;q&#x27; &copy 2024 &bogus; &nbsp;end</p>",
			[]blk{{P, 0, "A&B <x> 'q' © 2024 &bogus; end", nil, nil}}},
		{"a legacy entity ends with its name", "<p>&nbsp0 a&nbsp0;b &copy2024</p>",
			[]blk{{P, 0, "0 a 0;b ©2024", nil, nil}}},
		{"br is a line break", "<p>one<br>two<br/>three</p>", []blk{{P, 0, "one\ntwo\nthree", nil, nil}}},
		{"br br ends a paragraph", "<div>one<br><br>two</div>", []blk{{P, 0, "one", nil, nil}, {P, 0, "two", nil, nil}}},
		{"br in heading is a space", "<h2>Data<br>Use</h2>", []blk{{H, 2, "Data Use", nil, nil}}},
		{"trailing br trimmed", "<p>one<br></p><p>two</p>", []blk{{P, 0, "one", nil, nil}, {P, 0, "two", nil, nil}}},
		{"nested lists", "<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>",
			[]blk{{LI, 1, "a", nil, nil}, {LI, 2, "b", nil, nil}, {LI, 3, "c", nil, nil}, {LI, 1, "d", nil, nil}}},
		{"unclosed li", "<ul><li>a<li>b</ul><p>after</p>",
			[]blk{{LI, 1, "a", nil, nil}, {LI, 1, "b", nil, nil}, {P, 0, "after", nil, nil}}},
		{"second paragraph of an item", "<ol><li><p>first</p><p>second</p></li></ol>",
			[]blk{{LI, 1, "first", nil, nil}, {P, 1, "second", nil, nil}}},
		{"rest of a nested item and of its parent", "<ul><li>a<ul><li><p>b</p><p>c</p></li></ul>tail</li></ul><p>after</p>",
			[]blk{{LI, 1, "a", nil, nil}, {LI, 2, "b", nil, nil}, {P, 2, "c", nil, nil}, {P, 1, "tail", nil, nil}, {P, 0, "after", nil, nil}}},
		{"li outside a list", "<li>stray</li>", []blk{{LI, 1, "stray", nil, nil}}},
		{"definition list", "<dl><dt>Cookie</dt><dd>A small file.</dd><dt>Log</dt><dd>Server records.</dd></dl>",
			[]blk{{H, 0, "Cookie", nil, nil}, {P, 0, "A small file.", nil, nil}, {H, 0, "Log", nil, nil}, {P, 0, "Server records.", nil, nil}}},
		{"table with th header", "<table><tr><th>SDK</th><th>Data</th></tr><tr><td>Umeng</td><td>IMEI</td></tr></table>",
			[]blk{{TR, 0, "SDK\tData", []string{"SDK", "Data"}, []string{"SDK", "Data"}},
				{TR, 0, "Umeng\tIMEI", []string{"Umeng", "IMEI"}, []string{"SDK", "Data"}}}},
		{"thead header and empty cell", "<table><thead><tr><td>A</td><td>B</td></tr></thead><tbody><tr><td></td><td>x</td></tr></tbody></table>",
			[]blk{{TR, 0, "A\tB", []string{"A", "B"}, []string{"A", "B"}},
				{TR, 0, "x", []string{"", "x"}, []string{"A", "B"}}}},
		{"table without header", "<table><tr><td> a </td><td>b <span>c</span></td></tr></table>",
			[]blk{{TR, 0, "a\tb c", []string{"a", "b c"}, nil}}},
		{"unclosed cells and rows", "<table><tr><td>a<td>b<tr><td>c</table>",
			[]blk{{TR, 0, "a\tb", []string{"a", "b"}, nil}, {TR, 0, "c", []string{"c"}, nil}}},
		{"div in cell is a space", "<table><tr><td><div>Google</div><div>Analytics</div></td></tr></table>",
			[]blk{{TR, 0, "Google Analytics", []string{"Google Analytics"}, nil}}},
		{"layout table", "<table><tr><td><h2>Title</h2><p>Para one.</p><ul><li>item</li></ul></td></tr></table>",
			[]blk{{H, 2, "Title", nil, nil}, {P, 0, "Para one.", nil, nil}, {LI, 1, "item", nil, nil}}},
		{"layout cut keeps the rest of the row", "<table><tr><td>side</td><td><p>main</p></td><td>more</td></tr><tr><td>a</td><td>b</td></tr></table>",
			[]blk{{TR, 0, "side", []string{"side"}, nil}, {P, 0, "main", nil, nil}, {P, 0, "more", nil, nil}, {TR, 0, "a\tb", []string{"a", "b"}, nil}}},
		{"caption", "<table><caption>SDK list</caption><tr><td>x</td></tr></table>",
			[]blk{{P, 0, "SDK list", nil, nil}, {TR, 0, "x", []string{"x"}, nil}}},
		{"dropped elements", "<script>a</script><style>b</style><noscript>c</noscript><template>d</template><svg><text>e</text></svg><nav>f</nav><button>g</button><iframe>h</iframe><p>kept</p>",
			[]blk{{P, 0, "kept", nil, nil}}},
		{"page footer is boilerplate, article footer kept", "<article><p>a</p><footer>note</footer></article><footer>site</footer>",
			[]blk{{P, 0, "a", nil, nil}, {P, 0, "note", nil, nil}, {P, 0, boilerplate + "site", nil, nil}}},
		{"boilerplate list items and rows", "<div><footer><ol><li>x</li></ol><table><tr><td>y</td></tr></table><section><p>z</p></section></footer></div>",
			[]blk{{LI, 1, boilerplate + "x", nil, nil}, {TR, 0, boilerplate + "y", []string{"y"}, nil}, {P, 0, boilerplate + "z", nil, nil}}},
		{"elements named footer are boilerplate", `<div id="footer"><p>a</p></div><nav aria-label="Footer">b</nav><nav class="top">c</nav><ul class="site-footer-links"><li>d</li></ul>`,
			[]blk{{P, 0, boilerplate + "a", nil, nil}, {P, 0, boilerplate + "b", nil, nil}, {LI, 1, boilerplate + "d", nil, nil}}},
		{"wrappers around a footer are not footers", `<div class="sticky-footer-wrapper"><p>a</p></div><main class="content has-footer"><p>b</p></main><article class="footer"><p>c</p></article><div class="navFooterCol"><p>d</p></div><div id="FOOTER"><p>e</p></div>`,
			[]blk{{P, 0, "a", nil, nil}, {P, 0, "b", nil, nil}, {P, 0, "c", nil, nil}, {P, 0, boilerplate + "d", nil, nil}, {P, 0, boilerplate + "e", nil, nil}}},
		{"a body or article named footer is not", `<body class="footer-dark"><p>a</p><article><div class="post-footer">b</div></article></body>`,
			[]blk{{P, 0, "a", nil, nil}, {P, 0, "b", nil, nil}}},
		{"header kept, its nav dropped", "<header><nav>Home</nav><h1>Policy</h1></header>", []blk{{H, 1, "Policy", nil, nil}}},
		{"hidden attributes", `<p hidden>a</p><div aria-hidden="true">b</div><div aria-hidden="false">c</div>`,
			[]blk{{P, 0, "c", nil, nil}}},
		{"cookie banner", `<div class="cookie-banner">We use cookies</div><div id="CookieConsent">Accept</div><p class="cookie-policy">kept</p>`,
			[]blk{{P, 0, "kept", nil, nil}}},
		{"title not in text", "<html><head><title> My  Policy </title></head><body><p>x</p></body></html>",
			[]blk{{P, 0, "x", nil, nil}}},
		{"comments and doctype", "<!DOCTYPE html><!-- <p>no</p> --><p>yes</p>", []blk{{P, 0, "yes", nil, nil}}},
		{"pre keeps lines", "<pre>line one\nline two\n\npara</pre>", []blk{{P, 0, "line one\nline two", nil, nil}, {P, 0, "para", nil, nil}}},
		{"tagless text keeps lines", "Privacy Policy\n\nWe collect data.\nWe share it.",
			[]blk{{P, 0, "Privacy Policy", nil, nil}, {P, 0, "We collect data.\nWe share it.", nil, nil}}},
		{"invalid utf-8", "<p>a\xffb</p>", []blk{{P, 0, "a\uFFFDb", nil, nil}}},
		{"unicode spaces", "<p>a\u00a0\u3000b</p>", []blk{{P, 0, "a b", nil, nil}}},
		{"malformed", "<p>a<b>b</p>c</i><<>>d<", []blk{{P, 0, "ab", nil, nil}, {P, 0, "c<<>>d<", nil, nil}}},
		{"unclosed tag at end", "<p>text</p><a href='x", []blk{{P, 0, "text", nil, nil}}},
		{"stray end tags", "</div></li>a</td>b", []blk{{P, 0, "a", nil, nil}, {P, 0, "b", nil, nil}}},
		{"empty", "", nil},
	}
	testReader(t, ReadHTML, tests)
}

func TestReadHTMLTitle(t *testing.T) {
	tests := []struct{ src, want string }{
		{"<title>A &amp; B\n Policy</title><h1>Heading</h1>", "A & B Policy"},
		{"<h2>Not it</h2><h1>First <em>h1</em></h1><h1>Second</h1>", "First h1"},
		{"<p>none</p>", ""},
		{"<svg><title>icon</title></svg><h1>Real</h1>", "Real"},
	}
	for _, tt := range tests {
		d, err := ReadHTML(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != tt.want {
			t.Errorf("ReadHTML(%q).Title = %q, want %q", tt.src, d.Title, tt.want)
		}
	}
}

func TestReadHTMLListMarkers(t *testing.T) {
	src := `<ol start="3"><li>c<li>d<ol type="a"><li>x<li value="5">y</ol></ol>` +
		`<ol type="I"><li>one<li>two</ol><ul><li>bullet</ul><ol type=A start=27><li>aa</ol>`
	d, err := ReadHTML(src)
	if err != nil {
		t.Fatal(err)
	}
	if msg := checkDoc(src, d); msg != "" {
		t.Fatal(msg)
	}
	var got []string
	for _, b := range d.Blocks {
		got = append(got, d.Text[b.Marker.Start:b.Marker.End]+"|"+d.Text[b.Start:b.End])
	}
	want := []string{"3.|c", "4.|d", "a.|x", "e.|y", "I.|one", "II.|two", "|bullet", "AA.|aa"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("markers (-want +got):\n%s\ntext: %q", diff, d.Text)
	}
}

// A cell spanning rows (rowspan) stands in the rows below it as an empty
// cell whose From is the spanning cell, in the column it spans.
func TestReadHTMLRowspan(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string // per row, its cells; a spanned one as "^" + the spanning cell's text
	}{
		{"second column", `<table><tr><th>SDK</th><th>Provider</th><th>Data</th></tr>` +
			`<tr><td>WeChat</td><td rowspan="3">Tencent</td><td>model</td></tr><tr><td>QQ</td><td>os</td></tr>` +
			`<tr><td>Bugly</td><td>logs</td></tr><tr><td>Umeng</td><td>Umeng Co</td><td>IDs</td></tr></table>`,
			[]string{"SDK|Provider|Data", "WeChat|Tencent|model", "QQ|^Tencent|os", "Bugly|^Tencent|logs", "Umeng|Umeng Co|IDs"}},
		{"first column", `<table><tr><td rowspan=2>Tencent</td><td>WeChat</td></tr><tr><td>QQ</td></tr><tr><td>Ali</td><td>Alipay</td></tr></table>`,
			[]string{"Tencent|WeChat", "^Tencent|QQ", "Ali|Alipay"}},
		{"last column, a short row", `<table><tr><td>a</td><td>b</td><td rowspan="2">c</td></tr><tr><td>d</td></tr></table>`,
			[]string{"a|b|c", "d||^c"}},
		{"colspan moves the column", `<table><tr><td colspan="2">ab</td><td rowspan="2">c</td></tr><tr><td>d</td><td>e</td></tr></table>`,
			[]string{"ab|c", "d|e|^c"}},
		{"rowspan and colspan", `<table><tr><td rowspan=2 colspan=2>AB</td><td>c</td></tr><tr><td>d</td></tr></table>`,
			[]string{"AB|c", "^AB|^AB|d"}},
		{"a short row ends in the columns spanned into it", `<table><tr><td>x</td><td rowspan=2 colspan=3>y</td></tr><tr><td>z</td></tr></table>`,
			[]string{"x|y", "z|^y|^y|^y"}},
		{"a row group ends a rowspan", `<table><thead><tr><th rowspan="2">SDK</th><th>Data</th></tr></thead><tbody><tr><td>WeChat</td><td>model</td></tr></tbody></table>`,
			[]string{"SDK|Data", "WeChat|model"}},
		{"an empty spanning cell", `<table><tr><td>a</td><td rowspan="2"></td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>`,
			[]string{"a||b", "c||d"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := readChecked(t, tc.src)
			var got []string
			for _, b := range d.Blocks {
				var cells []string
				for i, c := range b.Cells {
					text := d.Text[c.Start:c.End]
					if i < len(b.From) && b.From[i] != (layout.Span{}) {
						text = "^" + d.Text[b.From[i].Start:b.From[i].End]
					}
					cells = append(cells, text)
				}
				got = append(got, strings.Join(cells, "|"))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadHTMLSpans checks exact source spans, including entity units and
// tags inside a block.
func TestReadHTMLSpans(t *testing.T) {
	src := "<p>&ldquo;We&rdquo; <b>collect</b> data&amp;</p>\n<ul><li>  item  </li></ul>"
	d, err := ReadHTML(src)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range d.Blocks {
		s, e := d.Map.Span(b.Start, b.End)
		got = append(got, src[s:e])
	}
	want := []string{"&ldquo;We&rdquo; <b>collect</b> data&amp;", "item"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("source spans (-want +got):\n%s", diff)
	}
	// A span of a word inside the block maps to that word.
	i := strings.Index(d.Text, "collect")
	if s, e := d.Map.Span(i, i+len("collect")); src[s:e] != "collect" {
		t.Errorf("word span = %q", src[s:e])
	}
}

func TestReadHTMLLinks(t *testing.T) {
	type link struct{ Text, Href string }
	tests := []struct {
		name, src string
		want      []link
	}{
		{"text and href", `<p>See our <a href="https://a.example/privacy">privacy policy</a>.</p>`,
			[]link{{"privacy policy", "https://a.example/privacy"}}},
		{"entities in href, blanks trimmed", `<p><a href=" https://a.example/p?x=1&amp;y=2 ">隐私政策</a></p>`,
			[]link{{"隐私政策", "https://a.example/p?x=1&y=2"}}},
		{"inner markup and spaces", `<p>a <a href="/p"> <b>bold</b> link </a> b</p>`,
			[]link{{"bold link", "/p"}}},
		{"a paragraph of its own", `<li><p>名称：极光推送SDK</p><p><a href="https://j.example/privacy">隐私政策</a></p></li>`,
			[]link{{"隐私政策", "https://j.example/privacy"}}},
		{"in a table cell", `<table><tr><th>SDK</th><th>链接</th></tr><tr><td>友盟</td><td><a href="https://u.example">查看</a></td></tr></table>`,
			[]link{{"查看", "https://u.example"}}},
		{"a block inside the link", `<a href="https://x.example"><p>one</p><p>two</p></a>`,
			[]link{{"one\n\ntwo", "https://x.example"}}},
		{"a new link closes the open one", `<p><a href="1">one <a href="2">two</a> three</p>`,
			[]link{{"one", "1"}, {"two", "2"}}},
		{"no text, no href, hidden", `<p><a href="https://x.example"><img src=i.png></a><a name="top">top</a><span hidden><a href="h">h</a></span></p>`,
			nil},
		{"unclosed at the end", `<p>x <a href="https://x.example">tail`,
			[]link{{"tail", "https://x.example"}}},
		{"a soft space taken back before a block", `<div>foo <a href="l"><p>bar</p></a></div>`,
			[]link{{"bar", "l"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := readChecked(t, tc.src)
			var got []link
			for _, l := range d.Links {
				got = append(got, link{d.Text[l.Start:l.End], l.Href})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("links (-want +got):\n%s", diff)
			}
		})
	}
}

// readChecked reads src as HTML and fails the test on an error or a broken
// invariant of the document.
func readChecked(t *testing.T, src string) *Doc {
	t.Helper()
	d, err := ReadHTML(src)
	if err != nil {
		t.Fatal(err)
	}
	if msg := checkDoc(src, d); msg != "" {
		t.Fatal(msg)
	}
	return d
}
