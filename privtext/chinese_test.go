package privtext_test

import (
	"context"
	"fmt"
	"github.com/google/go-cmp/cmp"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/privtext/go-privtext/privtext"
)

// TestAnalyzeChinese reads a Chinese policy written for this test
// (testdata/zh_policy.txt, in the style of the policies Chinese regulation
// asks apps to publish: numbered sections, a lead-in with bullets, an SDK
// list of "字段：值" lines) and compares what a reader sees at once — the
// metadata, the SDK records, and each clause's depth, categories and
// practices — with
// testdata/zh_policy.golden. Every span must be the text it reports.
func TestAnalyzeChinese(t *testing.T) {
	raw, err := os.ReadFile("testdata/zh_policy.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := privtext.AnalyzeBytes(context.Background(), raw, privtext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := string(raw)
	var b strings.Builder
	fmt.Fprintf(&b, "controller: %s\nupdated: %s\neffective: %s\n", p.Controller, p.Updated, p.Effective)
	for _, c := range p.Contacts {
		fmt.Fprintf(&b, "contact: %s %s\n", c.Kind, c.Value)
	}
	for _, m := range p.StorageLocations {
		fmt.Fprintf(&b, "stored in: %s\n", m.Text)
	}
	for _, d := range p.Durations {
		fmt.Fprintf(&b, "duration: %s %s %q\n", d.Kind, d.ISO, d.Text)
		if src[d.Start:d.End] != d.Text {
			t.Errorf("duration span text %q, duration text %q", src[d.Start:d.End], d.Text)
		}
	}
	for _, s := range p.SDKs {
		fmt.Fprintf(&b, "sdk: %s | %s | %s | %s | %s\n", s.Name, s.Provider, strings.Join(s.Purposes, ","), strings.Join(s.Data, ","), s.PolicyURL)
		if src[s.Start:s.End] == "" {
			t.Errorf("SDK %s has an empty span", s.Name)
		}
	}
	for _, c := range p.Clauses {
		if src[c.Start:c.End] != c.Text {
			t.Errorf("%s: span text %q, clause text %q", c.ID, src[c.Start:c.End], c.Text)
		}
		fmt.Fprintf(&b, "\n%s depth=%d %s\n  [%s]\n", c.ID, c.Depth, c.Text, strings.Join(c.Categories, ", "))
		for _, group := range [][]privtext.Mention{c.Data, c.Purposes, c.Parties} {
			for _, m := range group {
				if src[m.Start:m.End] != m.Text {
					t.Errorf("%s: mention %s span text %q, mention text %q", c.ID, m.Label, src[m.Start:m.End], m.Text)
				}
			}
		}
		for _, pr := range c.Practices {
			if pr.Start < c.Start || pr.End > c.End {
				t.Errorf("%s: practice span [%d,%d) outside the clause", c.ID, pr.Start, pr.End)
			}
			neg := ""
			if pr.Negated {
				neg = " NOT"
			}
			fmt.Fprintf(&b, "  %s%s %s %q data=%s to=%s for=%s if=%s\n", pr.Actor, neg, pr.Action, src[pr.Start:pr.End],
				strings.Join(pr.Data, ","), strings.Join(pr.Recipients, ","), strings.Join(pr.Purposes, ","), pr.Condition)
		}
	}
	golden(t, "zh_policy.golden", []byte(b.String()))
}

// BenchmarkAnalyzeChinese measures full analysis of the Chinese test policy
// (about 1.9 KB, three bytes a character), with the rules compiled
// beforehand.
func BenchmarkAnalyzeChinese(b *testing.B) {
	raw, err := os.ReadFile("testdata/zh_policy.txt")
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	if _, err := privtext.AnalyzeBytes(ctx, raw, privtext.Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := privtext.AnalyzeBytes(ctx, raw, privtext.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// A collection inside an SDK's entry is the SDK's, whatever the order the
// document reader returns its records in (table rows come before lines).
func TestAnalyzeSDKOwner(t *testing.T) {
	page := `<html><body><h1>隐私政策</h1><h2>第三方SDK</h2>
<p>SDK名称：友盟SDK</p><p>使用目的：统计分析</p><p>收集个人信息类型：设备信息（IMEI）</p>
<table><tr><th>SDK名称</th><th>使用目的</th><th>收集个人信息类型</th></tr>
<tr><td>微信SDK</td><td>分享</td><td>设备信息</td></tr></table></body></html>`
	p := analyzeHTML(t, page)
	found := false
	for _, c := range p.Clauses {
		if !strings.HasPrefix(c.Text, "收集个人信息类型") {
			continue
		}
		for _, pr := range c.Practices {
			found = true
			if pr.Actor != "third_party" || strings.Join(pr.Recipients, ",") != "sdk.umeng" {
				t.Errorf("%s: %+v, want Umeng's collection", c.Text, pr)
			}
		}
	}
	if !found {
		t.Error("no practice in the Umeng entry's data field")
	}
}

// A table of SDKs states its collections through its header: each row's
// data cell is what the row's SDK collects, and the header row itself,
// column names, states nothing.
func TestAnalyzeSDKTable(t *testing.T) {
	page := `<html><body><h1>隐私政策</h1><h2>第三方SDK目录</h2>
<table><tr><th>SDK名称</th><th>使用目的</th><th>收集的个人信息</th><th>第三方主体</th></tr>
<tr><td>极光推送SDK</td><td>消息推送</td><td>设备标识符、网络类型</td><td>深圳市和讯华谷信息技术有限公司</td></tr>
<tr><td>微信SDK</td><td>分享</td><td>无</td><td>深圳市腾讯计算机系统有限公司</td></tr></table></body></html>`
	p := analyzeHTML(t, page)
	var got []string
	for _, c := range p.Clauses {
		for _, pr := range c.Practices {
			got = append(got, fmt.Sprintf("%s %s %s %s to=%s", c.Text[:strings.IndexByte(c.Text, '\t')], pr.Actor, pr.Action,
				strings.Join(pr.Data, ","), strings.Join(pr.Recipients, ",")))
			if page[pr.Start:pr.End] != "设备标识符、网络类型" {
				t.Errorf("practice span %q, want the data cell", page[pr.Start:pr.End])
			}
		}
	}
	want := []string{"极光推送SDK third_party collect identifier.device,network.type to=sdk.jpush"}
	if !slices.Equal(got, want) {
		t.Errorf("practices:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(p.SDKs) != 2 || p.SDKs[0].Provider != "深圳市和讯华谷信息技术有限公司" {
		t.Errorf("SDK records %+v, want two with their providers", p.SDKs)
	}
}

// A prose SDK entry states what the SDK collects in its data sentence; its
// opening sentence (name, provider, purpose) states no practice.
func TestAnalyzeProseSDKEntry(t *testing.T) {
	text := "三、第三方SDK\n\n我们接入了高德定位SDK（由高德软件有限公司提供），用于志愿活动签到。在您签到时，该SDK会收集您的精确位置。其隐私政策见：https://lbs.amap.com/pages/privacy/\n"
	p, err := privtext.AnalyzeBytes(context.Background(), []byte(text), privtext.Options{Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.SDKs) != 1 || p.SDKs[0].Provider != "高德软件有限公司" || p.SDKs[0].PolicyURL != "https://lbs.amap.com/pages/privacy/" {
		t.Fatalf("SDKs = %+v", p.SDKs)
	}
	var got []string
	for _, c := range p.Clauses {
		for _, pr := range c.Practices {
			got = append(got, fmt.Sprintf("%s %s %s %s", c.Text[:12], pr.Actor, pr.Action, strings.Join(pr.Data, ",")))
		}
	}
	want := []string{"在您签到 third_party collect location.precise"}
	if !slices.Equal(got, want) {
		t.Errorf("practices:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A provider cell spanning rows (rowspan) is the provider of every row it
// spans, in the first column or a later one; a row with an empty middle
// cell is read with its columns in place.
func TestAnalyzeSDKTableRowspan(t *testing.T) {
	page := `<html><body><h2>第三方SDK</h2>
<table><tr><th>SDK名称</th><th>提供方</th><th>使用目的</th><th>收集的个人信息</th></tr>
<tr><td>微信开放平台SDK</td><td rowspan="3">深圳市腾讯计算机系统有限公司</td><td>登录</td><td>设备型号</td></tr>
<tr><td>QQ互联SDK</td><td>登录</td><td>设备型号</td></tr>
<tr><td>腾讯Bugly SDK</td><td></td><td>崩溃日志</td></tr>
<tr><td>个推SDK</td><td>每日互动股份有限公司</td><td>推送</td><td>设备标识符</td></tr></table>
<table><tr><th>提供方</th><th>SDK名称</th><th>收集的个人信息</th></tr>
<tr><td rowspan="2">北京百度网讯科技有限公司</td><td>百度定位SDK</td><td>位置信息</td></tr>
<tr><td>百度人脸识别SDK</td><td>人脸图像</td></tr></table></body></html>`
	p := analyzeHTML(t, page)
	var got []string
	for _, s := range p.SDKs {
		got = append(got, s.Name+" | "+s.Provider+" | "+s.DataText)
		if text := page[s.Start:s.End]; !strings.Contains(text, s.Name) || strings.Contains(text, "<tr>") {
			t.Errorf("%s: span %q is not its own row", s.Name, text)
		}
	}
	want := []string{
		"微信开放平台SDK | 深圳市腾讯计算机系统有限公司 | 设备型号",
		"QQ互联SDK | 深圳市腾讯计算机系统有限公司 | 设备型号",
		"腾讯Bugly SDK | 深圳市腾讯计算机系统有限公司 | 崩溃日志",
		"个推SDK | 每日互动股份有限公司 | 设备标识符",
		"百度定位SDK | 北京百度网讯科技有限公司 | 位置信息",
		"百度人脸识别SDK | 北京百度网讯科技有限公司 | 人脸图像",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SDK records (-want +got):\n%s", diff)
	}
	// The rows under the spanning cell state their SDK's collection from
	// the data column, in place.
	var collects []string
	for _, c := range p.Clauses {
		for _, pr := range c.Practices {
			if pr.Action == "collect" && pr.Actor == "third_party" {
				collects = append(collects, strings.Join(pr.Recipients, ",")+" "+page[pr.Start:pr.End])
			}
		}
	}
	if len(collects) != 6 || !slices.Contains(collects, "sdk.bugly 崩溃日志") {
		t.Errorf("collections %q, want one per row, the data cell's", collects)
	}
}

// A name cell spanning two rows makes one record, not two; a rowspan in
// the header ends with the header's row group.
func TestAnalyzeSDKTableSpannedName(t *testing.T) {
	page := `<html><body><h2>第三方SDK</h2><table><thead><tr><th rowspan="2">SDK名称</th><th>提供方</th><th>使用目的</th><th>收集的个人信息</th></tr></thead>
<tbody><tr><td rowspan="2">微信开放平台SDK</td><td rowspan="2">深圳市腾讯计算机系统有限公司</td><td>微信登录</td><td>设备型号</td></tr>
<tr><td>微信分享</td><td>网络类型</td></tr>
<tr><td>个推SDK</td><td>每日互动股份有限公司</td><td>推送</td><td>设备标识符</td></tr></tbody></table></body></html>`
	p := analyzeHTML(t, page)
	var got []string
	for _, s := range p.SDKs {
		got = append(got, s.Name+" | "+s.Provider)
	}
	want := []string{"微信开放平台SDK | 深圳市腾讯计算机系统有限公司", "个推SDK | 每日互动股份有限公司"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SDK records (-want +got):\n%s", diff)
	}
}

// An HTML SDK list whose policy links are link text ("隐私政策") takes
// the links' targets, in a table cell or on a line closing the entry; the
// entry's span then holds its link.
func TestAnalyzeSDKLinkTargets(t *testing.T) {
	page := `<html><body><h1>隐私政策</h1><h2>第三方SDK</h2><ul>
<li><p>名称：极光推送SDK</p><p>开发者：深圳市和讯华谷信息技术有限公司</p><p>场景：消息推送</p><p>字段：设备型号</p><p><a href="https://www.jiguang.cn/license/privacy">隐私政策</a></p></li>
<li><p>名称：支付宝SDK</p><p>开发者：支付宝（中国）网络技术有限公司</p><p>场景：支付</p><p>字段：网络类型</p><p><a href="/privacy">隐私政策</a></p></li>
</ul>
<table><tr><th>SDK名称</th><th>使用目的</th><th>隐私政策</th></tr>
<tr><td>微信SDK</td><td>分享</td><td><a href="https://privacy.qq.com/&amp;x">点击查看</a></td></tr></table></body></html>`
	p := analyzeHTML(t, page)
	checkSpans(t, []byte(page), p, false)
	var got []string
	for _, s := range p.SDKs {
		got = append(got, s.Name+" "+s.PolicyURL+" …"+page[max(s.Start, s.End-12):s.End])
	}
	want := []string{ // table rows come first (Policy.SDKs)
		"微信SDK https://privacy.qq.com/&x …点击查看",
		"极光推送SDK https://www.jiguang.cn/license/privacy …隐私政策",
		"支付宝SDK  …网络类型", // a relative target is no URL
	}
	if !slices.Equal(got, want) {
		t.Errorf("SDKs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// The same table in plain text, with or without outer pipes and a rule
// line: each row is one SDK record whose data cell states its collection.
func TestAnalyzePlainSDKTable(t *testing.T) {
	for _, text := range []string{
		"第三方SDK目录\n\nSDK名称|使用目的|收集的个人信息\n---|---|---\n极光推送SDK|消息推送|设备标识符、网络类型\n",
		"第三方SDK目录\n\n| SDK名称 | 使用目的 | 收集的个人信息 |\n| 极光推送SDK | 消息推送 | 设备标识符、网络类型 |\n",
	} {
		p, err := privtext.AnalyzeBytes(context.Background(), []byte(text), privtext.Options{Format: "text"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range p.Clauses {
			for _, pr := range c.Practices {
				got = append(got, fmt.Sprintf("%s %s %s to=%s", pr.Actor, pr.Action, strings.Join(pr.Data, ","), strings.Join(pr.Recipients, ",")))
				if text[pr.Start:pr.End] != "设备标识符、网络类型" {
					t.Errorf("practice span %q, want the data cell", text[pr.Start:pr.End])
				}
			}
		}
		want := []string{"third_party collect identifier.device,network.type to=sdk.jpush"}
		if !slices.Equal(got, want) || len(p.SDKs) != 1 {
			t.Errorf("%q: practices %q, SDKs %d; want %q and one SDK", text, got, len(p.SDKs), want)
		}
	}
}

// SDK entries on lines of their own that the segmenter joins into one
// paragraph (long lines, no blank line between) still give each SDK its
// own collection (extract.Input.Owners).
func TestAnalyzeJoinedSDKEntries(t *testing.T) {
	text := "第三方SDK\n\n" +
		"高德定位SDK（高德软件有限公司）：用于附近网点查询和地址补全；收集精确位置、设备型号；隐私政策 https://lbs.amap.com/pages/privacy/\n" +
		"极光推送SDK（深圳市和讯华谷信息技术有限公司）：用于派件和签收通知；收集Android ID、OAID；隐私政策 https://www.jiguang.cn/license/privacy\n"
	p, err := privtext.AnalyzeBytes(context.Background(), []byte(text), privtext.Options{Format: "text"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range p.Clauses {
		for _, pr := range c.Practices {
			if pr.Action == "collect" {
				got = append(got, pr.Actor+" "+strings.Join(pr.Recipients, ","))
			}
		}
	}
	want := []string{"third_party sdk.amap", "third_party sdk.jpush"}
	if !slices.Equal(got, want) || len(p.SDKs) != 2 {
		t.Errorf("collections %q, SDKs %d; want %q and two SDKs", got, len(p.SDKs), want)
	}
}

// A link in a dt, which labels its entry, is the entry's.
func TestAnalyzeSDKLinkInDT(t *testing.T) {
	page := `<html><body><h2>第三方SDK清单</h2><dl>
<dt>极光推送SDK（<a href="https://www.jiguang.cn/license/privacy">隐私政策</a>）</dt>
<dd>提供方：深圳市和讯华谷信息技术有限公司</dd><dd>用途：消息推送</dd><dd>收集信息：设备标识符</dd>
</dl></body></html>`
	p := analyzeHTML(t, page)
	if len(p.SDKs) != 1 || p.SDKs[0].PolicyURL != "https://www.jiguang.cn/license/privacy" {
		t.Errorf("SDKs %+v, want one with the dt's link", p.SDKs)
	}
}

// A link in a heading or in the page footer names no list entry's policy:
// the entry before it keeps no URL.
func TestAnalyzeSDKLinkNotFromHeadingOrFooter(t *testing.T) {
	entry := `<p>名称：极光推送SDK</p><p>开发者：深圳市和讯华谷信息技术有限公司</p><p>场景：消息推送</p><p>字段：设备型号</p>`
	for _, tail := range []string{
		`<footer><a href="https://app.example.com/privacy">隐私政策</a> | 关于我们</footer>`,
		`<h2><a href="https://app.example.com/children">儿童隐私政策</a></h2><p>我们不收集儿童信息。</p>`,
	} {
		page := `<html><body><h1>隐私政策</h1><h2>第三方SDK</h2>` + entry + tail + `</body></html>`
		p := analyzeHTML(t, page)
		checkSpans(t, []byte(page), p, false)
		if len(p.SDKs) != 1 || p.SDKs[0].PolicyURL != "" {
			t.Errorf("%s: SDKs %+v, want one without a URL", tail, p.SDKs)
		}
	}
}

// analyzeHTML analyzes an HTML page of a test.
func analyzeHTML(t *testing.T, page string) *privtext.Policy {
	t.Helper()
	p, err := privtext.AnalyzeBytes(context.Background(), []byte(page), privtext.Options{Format: "html"})
	if err != nil {
		t.Fatal(err)
	}
	return p
}
