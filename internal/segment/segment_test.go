package segment

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/internal/layout"
	"github.com/privtext/go-privtext/internal/textnorm"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// outline renders a result as the golden files hold it: the title, then one
// line per section, indented by level, "number | heading".
func outline(r *Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\n", r.Title)
	for _, s := range r.Sections {
		fmt.Fprintf(&b, "%s%s | %s\n", strings.Repeat("  ", s.Level-1), s.Number, s.Heading)
	}
	return b.String()
}

// TestCorpusOutline compares each corpus policy's section tree with its
// golden file. The goldens were checked by hand against the texts.
func TestCorpusOutline(t *testing.T) {
	for _, p := range corpus.All() {
		t.Run(p.ID, func(t *testing.T) {
			text := string(p.Text)
			r := Text(text)
			checkInvariants(t, text, r)
			got := outline(r)
			path := filepath.Join("testdata", p.ID+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("outline mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// checkInvariants asserts what every result must satisfy: clauses trimmed,
// in order, non-overlapping, inside the text; sections well nested.
func checkInvariants(t *testing.T, text string, r *Result) {
	t.Helper()
	last := 0
	ids := map[string]Section{}
	for _, s := range r.Sections {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End || s.HeadingStart < s.Start || s.HeadingEnd > s.End {
			t.Fatalf("section %s span [%d,%d) heading [%d,%d) out of order", s.ID, s.Start, s.End, s.HeadingStart, s.HeadingEnd)
		}
		if text[s.HeadingStart:s.HeadingEnd] != s.Heading {
			t.Fatalf("section %s: heading %q != text %q", s.ID, s.Heading, text[s.HeadingStart:s.HeadingEnd])
		}
		if s.Parent != "" {
			p, ok := ids[s.Parent]
			if !ok || p.Level != s.Level-1 {
				t.Fatalf("section %s: parent %q missing or not one level up", s.ID, s.Parent)
			}
		} else if s.Level != 1 {
			t.Fatalf("section %s: level %d without parent", s.ID, s.Level)
		}
		ids[s.ID] = s
	}
	for _, c := range r.Clauses {
		if c.Start < last || c.End <= c.Start || c.End > len(text) {
			t.Fatalf("clause %s span [%d,%d) after %d: out of order or empty", c.ID, c.Start, c.End, last)
		}
		ct := text[c.Start:c.End]
		if strings.TrimSpace(ct) != ct {
			t.Fatalf("clause %s not trimmed: %q", c.ID, ct)
		}
		if c.Section != "" {
			if _, ok := ids[c.Section]; !ok {
				t.Fatalf("clause %s in unknown section %q", c.ID, c.Section)
			}
		}
		last = c.End
	}
}

func clauseTexts(text string, r *Result) []string {
	var out []string
	for _, c := range r.Clauses {
		out = append(out, text[c.Start:c.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"glued", "We collect data to provide services.If we ask you, we explain.", []string{"We collect data to provide services.", "If we ask you, we explain."}},
		{"glued in", "We collect data to provide services.In our app, we explain.", []string{"We collect data to provide services.", "In our app, we explain."}},
		{"capitalised domain", "We work with AdMob and My.Com (the partners). They show ads.", []string{"We work with AdMob and My.Com (the partners).", "They show ads."}},
		{"domain", "Please see privacy.mi.com. You can contact us.", []string{"Please see privacy.mi.com.", "You can contact us."}},
		{"url", "Visit https://privacy.mi.com/support. We will reply.", []string{"Visit https://privacy.mi.com/support.", "We will reply."}},
		{"email", "Write to support@example.com. We answer fast.", []string{"Write to support@example.com.", "We answer fast."}},
		{"company", "Beijing Wali Network Technology Co., Ltd. and its affiliates (\"we\") operate it. You agree.", []string{"Beijing Wali Network Technology Co., Ltd. and its affiliates (\"we\") operate it.", "You agree."}},
		{"abbrev", "We share data, e.g. device IDs, i.e. identifiers. No. 56 Road is our address.", []string{"We share data, e.g. device IDs, i.e. identifiers.", "No. 56 Road is our address."}},
		{"etc", "We collect names, phone numbers, etc. We never sell them.", []string{"We collect names, phone numbers, etc.", "We never sell them."}},
		{"etc mid", "names, photos etc. are collected.", []string{"names, photos etc. are collected."}},
		{"decimal", "Version 2.5 applies. Section 3.1.2 explains it.", []string{"Version 2.5 applies.", "Section 3.1.2 explains it."}},
		{"question", "What do we collect? We collect little!Really.", []string{"What do we collect?", "We collect little!", "Really."}},
		{"quote", "We call it \"Data.\" It is yours.", []string{"We call it \"Data.\"", "It is yours."}},
		{"cjk", "我们收集信息。我们不会出售。", []string{"我们收集信息。", "我们不会出售。"}},
		{"initial", "Contact J. Smith for help.", []string{"Contact J. Smith for help."}},
		{"lowercase after period", "version 1. then more.", []string{"version 1. then more."}},
	}
	v := loadVocab()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range v.sentences(tt.in, 0, len(tt.in), nil) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sentences(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestMarkers(t *testing.T) {
	tests := []struct {
		in     string
		style  style
		number string
		value  int
	}{
		{"1. What we collect", styleDecimal, "1", 1},
		{"1.1 Our products", styleDecimal, "1.1", 1},
		{"1.3.1.1 The information", styleDecimal, "1.3.1.1", 1},
		{"12. Contact", styleDecimal, "12", 12},
		{"IV. Retention Policy", styleRoman, "IV", 4},
		{"VIII. How to Contact Us", styleRoman, "VIII", 8},
		{"(2) Sharing", styleParenDigit, "(2)", 2},
		{"(b) advertisers", styleParenLetter, "(b)", 2},
		{"(iv) partners", styleParenLetter, "(iv)", 4},
		{"3) Protect your information", styleDigitParen, "3", 3},
		{"a) first item", styleLetterParen, "a", 1},
		{"Sixth, you can control", styleOrdinal, "Sixth", 6},
		{"• Sina Weibo SDK", styleBullet, "•", 0},
		{"·Device information", styleBullet, "·", 0},
		{"- item", styleBullet, "-", 0},
		{"——提供方：每日互动股份有限公司", styleBullet, "——", 0},
		{"—提供方", styleNone, "", 0},
		{"一、我们如何收集", styleHanzi, "一", 1},
		{"十二、联系我们", styleHanzi, "十二", 12},
		{"二十一、附则", styleHanzi, "二十一", 21},
		{"（三）账号注销", styleParenHanzi, "（三）", 3},
		{"(四) 共享", styleParenHanzi, "(四)", 4},
		{"（2）您的位置信息", styleParenDigit, "（2）", 2},
		{"3）设备信息", styleDigitParen, "3", 3},
		{"2、我们会收集", styleDecimal, "2", 2},
		{"0、无", styleNone, "", 0},
		{"十分重要", styleNone, "", 0},
		{"一二三、", styleNone, "", 0},
		{"2020 was a year", styleNone, "", 0},
		{"3 How do you refuse", styleNone, "", 0},
		{"IVORY tower", styleNone, "", 0},
		{"In addition, we", styleNone, "", 0},
		{"-5 degrees", styleNone, "", 0},
		{"1.5% of users", styleNone, "", 0},
		{"", styleNone, "", 0},
	}
	v := loadVocab()
	for _, tt := range tests {
		m := parseMarker(tt.in, v)
		if m.style != tt.style || m.number != tt.number || m.value != tt.value {
			t.Errorf("parseMarker(%q) = style %d number %q value %d; want %d %q %d", tt.in, m.style, m.number, m.value, tt.style, tt.number, tt.value)
		}
	}
}

func TestHeadingsAndItems(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // outline
		clauses  []string
	}{
		{
			// A record's rows: a short line over a link line heads
			// nothing.
			name:    "record rows over a link are no headings",
			in:      "第三方SDK\n\n我们接入了下列SDK。\n\nSDK名称微信开放平台SDK\n提供方深圳市腾讯计算机系统有限公司\n使用目的微信登录、微信支付\n收集的个人信息设备型号、网络类型\n隐私政策https://weixin.qq.com/p\n",
			want:    "title: \n | 第三方SDK\n",
			clauses: []string{"我们接入了下列SDK。", "SDK名称微信开放平台SDK", "提供方深圳市腾讯计算机系统有限公司", "使用目的微信登录、微信支付", "收集的个人信息设备型号、网络类型", "隐私政策https://weixin.qq.com/p"},
		},
		{
			name:    "numbered heading vs list item",
			in:      "1. What information is collected and how is it used?\n\nWe collect data.\n\n1. We will explain the types of data one by one, so that you understand them.\n\n2. We ask consent.\n",
			want:    "title: \n1 | What information is collected and how is it used?\n",
			clauses: []string{"We collect data.", "We will explain the types of data one by one, so that you understand them.", "We ask consent."},
		},
		{
			name:    "semicolon items are not headings",
			in:      "1.3 Exceptions\n\n1.3.1.1 The personal information is vital to national security;\n\n1.3.1.2 It is related to public health; and\n\nMore text.\n",
			want:    "title: \n1.3 | Exceptions\n",
			clauses: []string{"The personal information is vital to national security;", "It is related to public health; and", "More text."},
		},
		{
			name: "style switch keeps level",
			in:   "3. Safety\n\nText.\n\nIV. Retention Policy\n\nText.\n\n5. Access\n\nText.\n\nSixth, you can control your information!\n\nText.\n",
			want: "title: \n3 | Safety\nIV | Retention Policy\n5 | Access\nSixth | you can control your information!\n",
		},
		{
			name: "table of contents is a list",
			in:   "Summary\n\nThis policy covers:\n\n  1. How we collect\n  2. How we share\n  3. How to contact us\n\nI. How We Collect\n\nWe collect.\n\nII. How We Share\n\nWe share.\n",
			want: "title: \n | Summary\nI | How We Collect\nII | How We Share\n",
		},
		{
			// The body's numbering starts again after the table: the
			// restart is a heading, not the table's fourth item.
			name:    "table of contents in the body's own numbering",
			in:      "本政策包括：\n\n一、收集\n二、共享\n三、联系我们\n\n一、收集\n\n（一）注册\n\n我们收集手机号码。\n\n二、共享\n\n我们不共享。\n",
			want:    "title: \n一 | 收集\n  （一） | 注册\n二 | 共享\n",
			clauses: []string{"本政策包括：", "收集", "共享", "联系我们", "我们收集手机号码。", "我们不共享。"},
		},
		{
			// The sub-numbering of the table starts again under each
			// section; only the body's 一、 restarts the top style.
			name:    "table of contents with sub-numbering",
			in:      "目录\n\n一、收集\n（一）注册\n（二）定位\n二、共享\n（一）共享\n三、联系我们\n\n一、收集\n\n我们收集手机号码。\n\n二、共享\n\n我们不共享。\n",
			want:    "title: \n | 目录\n一 | 收集\n二 | 共享\n",
			clauses: []string{"收集", "注册", "定位", "共享", "共享", "联系我们", "我们收集手机号码。", "我们不共享。"},
		},
		{
			name:    "run-on headings",
			in:      "1. ABOUT OUR PRODUCTS 1.1 Our products offer smart features. We collect data. 2. SHARING 2.1 We do not sell data.",
			want:    "title: \n1 | ABOUT OUR PRODUCTS\n2 | SHARING\n",
			clauses: []string{"Our products offer smart features.", "We collect data.", "We do not sell data."},
		},
		{
			name: "short titles and questions",
			in:   "Privacy Policy\n\nContact us\n\nWrite to us.\n\nWhat can you do?\n\nYou can ask.\n\nThank you for reading our policy!\n",
			want: "title: Privacy Policy\n | Contact us\n | What can you do?\n",
		},
		{
			name: "address lines are not headings",
			in:   "Contact us\n\nExample Co., Ltd.\n\nXi'an, Shaanxi, China\n\nNo. 56, Jinye 1st Road\n\nEmail: a@b.com\n",
			want: "title: \n | Contact us\n",
		},
		{
			name:    "label lead-ins",
			in:      "Device related information: Information about your device.Examples include IMEI.\n\nUsing purpose: To realize positioning\n",
			want:    "title: \n",
			clauses: []string{"Device related information: Information about your device.", "Examples include IMEI.", "Using purpose: To realize positioning"},
		},
		{
			name:    "bullets with depth",
			in:      "Third-party SDKs\n\n  • Sina Weibo SDK\n\n      • nested item\n\nEnd.\n",
			want:    "title: \n | Third-party SDKs\n",
			clauses: []string{"Sina Weibo SDK", "nested item", "End."},
		},
		{
			name:    "Chinese numbered sentences are items, however short; a numbered title heads",
			in:      "（一）账号注销\n\n1. 注册账号时，我们会收集您的手机号码。\n\n2. 我们会收集您的位置信息。\n\n3、我们收集姓名。\n",
			want:    "title: \n（一） | 账号注销\n",
			clauses: []string{"注册账号时，我们会收集您的手机号码。", "我们会收集您的位置信息。", "我们收集姓名。"},
		},
		{
			name: "Chinese sections 一、 hold items 1、; 三、 after 2、 closes them",
			in:   "一、收集\n\n正文。\n\n二、共享\n\n1、共享\n\n正文。\n\n2、转让\n\n正文。\n\n三、联系我们\n\n正文。\n",
			want: "title: \n一 | 收集\n二 | 共享\n  1 | 共享\n  2 | 转让\n三 | 联系我们\n",
		},
		{
			// 60 columns, not 60 bytes: these lines are 20 to 40 columns
			// wide, so none continues the one before.
			name:    "Chinese field lines are not hard-wrapped prose",
			in:      "SDK名称：友盟统计SDK\n第三方名称：友盟同欣（北京）科技有限公司\n使用目的：统计分析\n",
			want:    "title: \n",
			clauses: []string{"SDK名称：友盟统计SDK", "第三方名称：友盟同欣（北京）科技有限公司", "使用目的：统计分析"},
		},
		{
			name:    "CRLF and CR line ends",
			in:      "1. Scope\r\n\r\nWe collect.\r\rWe share.\r\n",
			want:    "title: \n1 | Scope\n",
			clauses: []string{"We collect.", "We share."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Text(tt.in)
			checkInvariants(t, tt.in, r)
			if diff := cmp.Diff(tt.want, outline(r)); diff != "" {
				t.Errorf("outline (-want +got):\n%s", diff)
			}
			if tt.clauses != nil {
				if diff := cmp.Diff(tt.clauses, clauseTexts(tt.in, r)); diff != "" {
					t.Errorf("clauses (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestLabelsAndDepth(t *testing.T) {
	in := "Device related information: IMEI and MAC.\n\n  • Sina Weibo SDK\n\n      • nested\n\nWe may use it for the following purposes: to improve.\n"
	r := Text(in)
	type lc struct {
		Label string
		Depth int
		Kind  string
	}
	var got []lc
	for _, c := range r.Clauses {
		got = append(got, lc{c.Label, c.Depth, c.Kind})
	}
	want := []lc{
		{"Device related information", 0, KindSentence},
		{"", 1, KindItem},
		{"", 2, KindItem},
		{"", 0, KindSentence},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("labels/depth (-want +got):\n%s", diff)
	}
}

func TestBlocksFromReader(t *testing.T) {
	// What an HTML reader would hand over: a heading, a list, a table row.
	text := "Data We Collect\n\nWe collect: \n\nyour name\n\nUmeng | Analytics | Device ID"
	blocks := []layout.Block{
		{Kind: layout.Heading, Level: 2, Start: 0, End: 15},
		{Kind: layout.Paragraph, Start: 17, End: 28},
		{Kind: layout.ListItem, Depth: 1, Start: 31, End: 40},
		{Kind: layout.TableRow, Start: 42, End: len(text), Header: []layout.Span{{Start: 42, End: 47}}},
	}
	r := Blocks(text, blocks)
	checkInvariants(t, text, r)
	if len(r.Sections) != 1 || r.Sections[0].Heading != "Data We Collect" || r.Sections[0].Level != 1 {
		t.Fatalf("sections = %+v", r.Sections)
	}
	kinds := []string{}
	for _, c := range r.Clauses {
		kinds = append(kinds, c.Kind)
	}
	if diff := cmp.Diff([]string{KindSentence, KindItem, KindRow}, kinds); diff != "" {
		t.Errorf("kinds (-want +got):\n%s", diff)
	}
}

func TestDefinitionTermsNest(t *testing.T) {
	// <h2>Cookies</h2><dl><dt>Session</dt><dd>...</dd><dt>Persistent</dt>
	// <dd>...</dd></dl><h2>Security</h2>: the dt headings (level 0) are
	// subsections of the h2 they appear under, siblings of each other, and
	// the next h2 closes them.
	text := "Cookies\n\nSession\n\nThey expire.\n\nPersistent\n\nThey stay.\n\nSecurity\n\nWe encrypt."
	span := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	var blocks []layout.Block
	for _, b := range []struct {
		kind  layout.Kind
		level int
		text  string
	}{
		{layout.Heading, 2, "Cookies"}, {layout.Heading, 0, "Session"}, {layout.Paragraph, 0, "They expire."},
		{layout.Heading, 0, "Persistent"}, {layout.Paragraph, 0, "They stay."},
		{layout.Heading, 2, "Security"}, {layout.Paragraph, 0, "We encrypt."},
	} {
		s, e := span(b.text)
		blocks = append(blocks, layout.Block{Kind: b.kind, Level: b.level, Start: s, End: e})
	}
	r := Blocks(text, blocks)
	checkInvariants(t, text, r)
	var got []string
	for _, s := range r.Sections {
		got = append(got, fmt.Sprintf("%d %s < %s", s.Level, s.Heading, s.Parent))
	}
	want := []string{"1 Cookies < ", "2 Session < s1", "2 Persistent < s1", "1 Security < "}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
}

func TestTableHeaderRow(t *testing.T) {
	// The header row of a table is a row clause without a label; the body
	// rows are labelled with the column names.
	text := "Name\tPurpose\n\nUmeng\tStatistics"
	head := []layout.Span{{Start: 0, End: 4}, {Start: 5, End: 12}}
	blocks := []layout.Block{
		{Kind: layout.TableRow, Start: 0, End: 12, Cells: head, Header: head},
		{Kind: layout.TableRow, Start: 14, End: len(text), Cells: []layout.Span{{Start: 14, End: 19}, {Start: 20, End: len(text)}}, Header: head},
	}
	r := Blocks(text, blocks)
	checkInvariants(t, text, r)
	var labels []string
	for _, c := range r.Clauses {
		labels = append(labels, c.Kind+":"+c.Label)
	}
	if diff := cmp.Diff([]string{"row:", "row:Name | Purpose"}, labels); diff != "" {
		t.Errorf("row labels (-want +got):\n%s", diff)
	}
}

func TestPlainPipeTable(t *testing.T) {
	// Lines of '|'-separated cells, as many in each, are a table whose
	// first line is the header, however long the rows; a line of cells
	// holding a link is a record, not a header; one pipe is prose.
	tests := []struct {
		name, text string
		want       []string // kind:label of each clause
	}{
		{"a table", "SDK名称|用途|收集的个人信息\n友盟+统计SDK|统计分析|设备型号、OAID、Android ID、IP地址、应用使用时长、崩溃日志\n极光推送|推送|设备标识符\n",
			[]string{"row:", "row:SDK名称 | 用途 | 收集的个人信息", "row:SDK名称 | 用途 | 收集的个人信息"}},
		{"outer pipes", "| Name | Purpose | Data |\n| Umeng | statistics | device ID |\n",
			[]string{"row:", "row:Name | Purpose | Data"}},
		{"records with links", "高德地图SDK | 高德软件有限公司 | 定位 | https://lbs.amap.com/p\n极光推送 | 和讯华谷 | 推送 | https://jiguang.cn/p\n",
			[]string{"sentence:", "sentence:"}},
		{"one pipe is prose", "Names | more\nData | less\n", []string{"sentence:", "sentence:"}},
		{"a rule line", "SDK名称|用途|收集的个人信息\n---|---|---\n友盟+|统计|设备型号\n",
			[]string{"row:", "row:SDK名称 | 用途 | 收集的个人信息"}},
		{"a border", "+----+----+----+\n| Data | Purpose | Shared with |\n+----+----+----+\n| Email address | Account login | No one |\n+----+----+----+\n",
			[]string{"row:", "row:Data | Purpose | Shared with"}},
		{"a blank line ends a table", "SDK名称|用途|信息\n友盟+|统计|设备型号\n\n权限名称|使用目的|是否必要\n相机|扫码|否\n",
			[]string{"row:", "row:SDK名称 | 用途 | 信息", "row:", "row:权限名称 | 使用目的 | 是否必要"}},
		{"prose with pipes is no header", "We collect your name | email | phone when you sign up.\nWe share your location | device ID | IP address with advertisers.\n",
			[]string{"sentence:", "sentence:"}},
		{"pipes inside wrapped prose", "When you register we collect your name, e-mail address and phone\nnumber. Our footer links (Home | About | Privacy) appear on each\npage of the site and collect nothing.\n",
			[]string{"sentence:", "sentence:"}},
		{"records after a long intro", "我们接入了以下第三方SDK，这些SDK会按照其隐私政策收集和处理您的个人信息，具体如下所列\n高德地图SDK | 高德软件有限公司 | 定位 | https://lbs.amap.com/p\n极光推送 | 和讯华谷 | 推送 | https://jiguang.cn/p\n",
			[]string{"sentence:", "sentence:", "sentence:"}},
		{"a menu path in prose", "To turn it off, open the app and choose the settings page, then choose\nSettings | Privacy | Location and switch it off.\n",
			[]string{"sentence:"}},
		// A header with no row is no table: a short line, as before tables
		// were read (here a heading), and its rule line no clause.
		{"a header and only rule lines", "我们接入的SDK如下。\n\n名称|用途|信息\n---|---|---\n", []string{"sentence:"}},
		{"a continuation indented by a tab", "We collect your name, your e-mail address and the phone number you give us\n\twhen you register.\n",
			[]string{"sentence:"}},
		{"full-width bars", "名称｜公司｜信息\n极光推送｜和讯华谷｜设备型号\n",
			[]string{"row:", "row:名称 | 公司 | 信息"}},
		{"records with full-width bars", "（一）登录类\n微信SDK｜深圳市腾讯计算机系统有限公司｜设备型号、网络类型、操作系统版本｜https://weixin.qq.com/p\n" +
			"支付宝SDK｜支付宝（中国）网络技术有限公司｜设备型号、网络类型、操作系统版本｜https://alipay.com/p\n",
			[]string{"sentence:", "sentence:"}}, // the group's heading heads a section
		{"an empty last cell", "名称|公司|用途|信息\n极光推送|和讯华谷|推送|\n微信SDK|腾讯|登录|设备型号\n",
			[]string{"row:", "row:名称 | 公司 | 用途 | 信息", "row:名称 | 公司 | 用途 | 信息"}},
		{"tabs", "SDK名称\t提供方\t收集的信息\n个推SDK\t每日互动股份有限公司\t设备型号、网络类型、操作系统版本、Android ID、OAID\n微信SDK\t腾讯\t设备型号\n",
			[]string{"row:", "row:SDK名称 | 提供方 | 收集的信息", "row:SDK名称 | 提供方 | 收集的信息"}},
		{"one tab is prose", "Name\tmore\nData\tless\n", []string{"sentence:", "sentence:"}},
		{"a table of contents with page numbers", "一、我们如何收集\t\t2\n二、我们如何共享\t\t5\n三、联系我们\t\t9\n",
			[]string{"item:", "item:", "item:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Text(tt.text)
			checkInvariants(t, tt.text, r)
			var got []string
			for _, c := range r.Clauses {
				got = append(got, c.Kind+":"+c.Label)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("clauses (-want +got):\n%s", diff)
			}
		})
	}
}

// BenchmarkRuleLines reads a header followed by many rule lines and no
// row: each line is looked at a bounded number of times.
func BenchmarkRuleLines(b *testing.B) {
	text := "a|b|c\n" + strings.Repeat("|---|---|---|\n", 20000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Lines(text)
	}
}

func TestPathological(t *testing.T) {
	tests := map[string]string{
		"long line":      strings.Repeat("word ", 200_000),
		"repeated word":  strings.Repeat("privacy", 100_000),
		"many headings":  strings.Repeat("1. Heading\n\ntext.\n\n", 20_000),
		"nested bullets": strings.Repeat("  ", 1) + strings.Repeat("• ", 5000) + "x",
		"only markers":   strings.Repeat("1.1.1.1.1.1 ", 10_000),
		"dots":           strings.Repeat(". ", 100_000),
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			r := Text(in)
			checkInvariants(t, in, r)
			for _, c := range r.Clauses {
				if c.End-c.Start > maxClause {
					t.Fatalf("clause of %d bytes exceeds the %d bound", c.End-c.Start, maxClause)
				}
			}
		})
	}
}

func FuzzText(f *testing.F) {
	for _, p := range corpus.All() {
		text := string(p.Text)
		f.Add(text[:min(len(text), 4000)])
	}
	f.Add("1. ABOUT 1.1 Us. 2. X")
	f.Add("• a\r\n\t• b\r(1) c")
	f.Fuzz(func(t *testing.T, in string) {
		r := Text(in)
		checkInvariants(t, in, r)
	})
}

func BenchmarkSegmentCorpus(b *testing.B) {
	var texts []string
	total := 0
	for _, p := range corpus.All() {
		texts = append(texts, string(p.Text))
		total += len(p.Text)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Text(t)
		}
	}
}

// BenchmarkNormalizeSegment measures the foundation's whole front end on
// the corpus: decoding, the matching view, and segmentation.
func BenchmarkNormalizeSegment(b *testing.B) {
	var raws [][]byte
	total := 0
	for _, p := range corpus.All() {
		raws = append(raws, p.Text)
		total += len(p.Text)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, raw := range raws {
			d, err := textnorm.Decode(raw)
			if err != nil {
				b.Fatal(err)
			}
			textnorm.NewView(d.Text)
			Text(d.Text)
		}
	}
}

// lineBounds treats "\r\n", "\r" and "\n" alike, whichever comes first.
func TestLineBounds(t *testing.T) {
	text := "a\rb\r\nc\n\rd\n\ne"
	var got []string
	for pos := 0; pos < len(text); {
		end, next := lineBounds(text, pos)
		got = append(got, text[pos:end])
		pos = next
	}
	want := []string{"a", "b", "c", "", "d", "", "e"}
	if !slices.Equal(got, want) {
		t.Errorf("lines %q, want %q", got, want)
	}
}

// Items marked in another style after a numbered item that ends with a
// colon are its sub-items, in English and in Chinese; the next item of
// the lead-in's own style closes them.
func TestLeadInNesting(t *testing.T) {
	in := "1. We collect the following:\n- your name;\n- your IP address.\n2. We share none of it with anyone at all.\n\n" +
		"1、我们会收集以下信息：\n（1）IMEI；\n（2）IP地址。\n2、我们不会出售。\n"
	var got []int
	for _, c := range Text(in).Clauses {
		got = append(got, c.Depth)
	}
	want := []int{1, 2, 2, 1, 1, 2, 2, 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("depths (-want +got):\n%s", diff)
	}
}

// A heading closes a lead-in; a sub-item that is itself a lead-in keeps the
// outer one open for its siblings.
func TestLeadInNestingDeeper(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
	}{
		{"2. We collect the following:\n- a\n\n3. Sharing\n\nWe share nothing with anyone at all here.\n\n- b\n", []int{1, 2, 0, 1}},
		{"1. We collect the following categories:\na) Identifiers, such as:\n- IMEI\nb) Device data, such as the model;\n2. We share none of it with anyone at all.\n", []int{1, 2, 3, 2, 1}},
		{"2、我们会收集以下信息：\n（1）设备信息：\n- IMEI\n（2）位置信息\n", []int{1, 2, 3, 2}},
	} {
		var got []int
		for _, c := range Text(tc.in).Clauses {
			got = append(got, c.Depth)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q depths (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestItemParagraphsAreNoHeadings(t *testing.T) {
	// <h2>第三方SDK</h2><ol><li><p>名称：…</p><p>字段：…</p><p><a>隐私政策</a></p></li>…:
	// a short paragraph inside a list item reads like a title but stays a
	// clause of the item, while the same line outside a list is a heading.
	text := "第三方SDK\n\n名称：友盟SDK\n\n字段：设备型号\n\n隐私政策\n\n名称：个推SDK\n\n隐私政策\n\n我们的存储\n\n我们将信息存储在境内。"
	span := func(from int, s string) (int, int) { i := from + strings.Index(text[from:], s); return i, i + len(s) }
	var blocks []layout.Block
	at := 0
	for _, b := range []struct {
		kind         layout.Kind
		level, depth int
		text         string
	}{
		{layout.Heading, 2, 0, "第三方SDK"}, {layout.ListItem, 0, 1, "名称：友盟SDK"}, {layout.Paragraph, 0, 1, "字段：设备型号"},
		{layout.Paragraph, 0, 1, "隐私政策"}, {layout.ListItem, 0, 1, "名称：个推SDK"}, {layout.Paragraph, 0, 1, "隐私政策"},
		{layout.Paragraph, 0, 0, "我们的存储"}, {layout.Paragraph, 0, 0, "我们将信息存储在境内。"},
	} {
		s, e := span(at, b.text)
		at = e
		blocks = append(blocks, layout.Block{Kind: b.kind, Level: b.level, Depth: b.depth, Start: s, End: e})
	}
	r := Blocks(text, blocks)
	checkInvariants(t, text, r)
	var got []string
	for _, s := range r.Sections {
		got = append(got, s.Heading)
	}
	for _, c := range r.Clauses {
		got = append(got, c.Section+" "+text[c.Start:c.End])
	}
	// (A numbered title inside an item still heads a chapter: TestItemNumberedTitle.)
	want := []string{"第三方SDK", "我们的存储",
		"s1 名称：友盟SDK", "s1 字段：设备型号", "s1 隐私政策", "s1 名称：个推SDK", "s1 隐私政策", "s2 我们将信息存储在境内。"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sections and clauses (-want +got):\n%s", diff)
	}
}

// A long line wraps onto the next only when that line stands no less
// indented than the item the long line belongs to: a name line at the
// margin after an indented item starts a block of its own.
func TestWrappedItemIndentation(t *testing.T) {
	long := strings.Repeat("长", 40)
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"    ——隐私政策：https://example.com/" + long + "\n支付宝SDK：\n", []string{"——隐私政策：https://example.com/" + long, "支付宝SDK："}},
		{"——隐私政策：" + long + "\n续行。\n", []string{"——隐私政策：" + long + "\n续行。"}},
		{"我们会收集" + long + "\n续行。\n", []string{"我们会收集" + long + "\n续行。"}},
		{"  1. 我们会收集" + long + "\n续行。\n", []string{"1. 我们会收集" + long + "\n续行。"}}, // set in by less than four
	} {
		var got []string
		for _, b := range Lines(tt.in) {
			got = append(got, tt.in[b.Start:b.End])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Lines(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// A page that wraps its chapters in list items keeps their numbered titles
// as headings: only a plain title inside an item is none.
func TestItemNumberedTitle(t *testing.T) {
	text := "一、我们如何收集\n\n（一）注册登录\n\n我们会收集您的手机号码。\n\n（二）支付功能\n\n我们会收集您的订单信息。"
	var blocks []layout.Block
	at := 0
	for i, part := range strings.Split(text, "\n\n") {
		s := strings.Index(text[at:], part) + at
		b := layout.Block{Kind: layout.Paragraph, Depth: 1, Start: s, End: s + len(part)}
		if i == 0 {
			b.Kind = layout.ListItem
		}
		blocks = append(blocks, b)
		at = s + len(part)
	}
	r := Blocks(text, blocks)
	checkInvariants(t, text, r)
	var got []string
	for _, s := range r.Sections {
		got = append(got, s.Heading)
	}
	if want := []string{"注册登录", "支付功能"}; !slices.Equal(got, want) {
		t.Errorf("sections %q, want %q", got, want)
	}
}
