package extract_test

import (
	"fmt"
	"strings"

	"github.com/privtext/go-privtext/extract"
)

func ExampleExtractor_Document() {
	text := `Acme Notes Privacy Policy

Last updated: March 5, 2021

Acme Notes is provided by Acme Software Co., Ltd. ("Acme", "we").

Third-party SDKs:

• Foo Push SDK
Purpose: message notifications
Type of data: device ID
Privacy policy: https://foo.example/privacy

We will reply to your request within 15 working days. Contact us at privacy@acme.example.
`
	r := extract.Default().Document(extract.Document{Text: text})
	fmt.Println(r.Product, "|", r.Controller, "|", r.Updated)
	for _, s := range r.SDKs {
		fmt.Println(s.Name, "|", s.PurposeText, "|", s.PolicyURL)
	}
	for _, c := range r.Contacts {
		fmt.Println(c.Kind, c.Value, text[c.Start:c.End] == c.Value)
	}
	for _, d := range r.Durations {
		fmt.Println(d.Kind, d.ISO, "|", d.Text)
	}
	// Output:
	// Acme Notes | Acme Software Co., Ltd. | 2021-03-05
	// Foo Push SDK | message notifications | https://foo.example/privacy
	// email privacy@acme.example true
	// response P15D | within 15 working days
}

// An HTML page's SDK list often links its policies ("隐私政策" as the link
// text): privtext passes the page's hyperlinks as Document.Links, and an
// entry whose text holds no URL takes the target of its policy link.
func ExampleExtractor_Document_links() {
	text := "名称：极光推送SDK\n\n开发者：深圳市和讯华谷信息技术有限公司\n\n场景：消息推送\n\n字段：设备型号\n\n隐私政策"
	link := strings.LastIndex(text, "隐私政策")
	r := extract.Default().Document(extract.Document{
		Text:  text,
		Links: []extract.Link{{Start: link, End: len(text), URL: "https://www.jiguang.cn/license/privacy"}},
	})
	for _, s := range r.SDKs {
		fmt.Println(s.Name, "|", s.Provider, "|", s.PolicyURL)
	}
	// Output:
	// 极光推送SDK | 深圳市和讯华谷信息技术有限公司 | https://www.jiguang.cn/license/privacy
}
