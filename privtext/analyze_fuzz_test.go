package privtext_test

import (
	"bytes"
	"context"
	"testing"
	"unicode/utf8"

	"github.com/privtext/go-privtext/corpus"
	"github.com/privtext/go-privtext/privtext"
)

// FuzzAnalyze runs arbitrary bytes through the whole pipeline in each
// input format. Analyze must return a policy or an error, never panic, and
// every span of a policy must lie inside the input, in order; for plain
// UTF-8 text (no BOM, no CR, which the decoder rewrites) each clause and
// mention must be exactly input[start:end].
func FuzzAnalyze(f *testing.F) {
	for _, cp := range corpus.All() {
		f.Add(cp.Text[:min(len(cp.Text), 2000)], uint8(0))
	}
	f.Add([]byte("<h1>Acme Privacy Policy</h1><p>We collect your IMEI.</p><table><tr><th>SDK</th><th>Data</th></tr><tr><td>Umeng</td><td>device ID</td></tr></table>"), uint8(1))
	f.Add([]byte("# Privacy\n\n- We **never** sell your e-mail address.\n  1. nested\n\n| SDK | Data |\n|---|---|\n| JPush | IMEI |\n"), uint8(2))
	f.Add([]byte("1. ABOUT US 1.1 We collect phone numbers.If we share them, we tell you.\r\n"), uint8(0))
	f.Add([]byte("示例科技有限公司（以下简称“我们”）\n\n一、收集\n\n（一）账号\n\n1. 我们不会向第三方出售您的个人信息。\n- 您的手机号码；\n存储在中国境内十五个工作日\n"), uint8(0))
	f.Add([]byte("SDK名称|用途|收集的个人信息\n友盟+|统计|设备型号\n| a | b | c |\n高德SDK（高德软件有限公司）：用于定位；收集位置信息；隐私政策 https://a.b/c\n"), uint8(0))
	formats := []string{"text", "html", "markdown", ""}
	f.Fuzz(func(t *testing.T, raw []byte, format uint8) {
		opts := privtext.Options{Format: formats[int(format)%len(formats)], MaxBytes: 1 << 16}
		p, err := privtext.AnalyzeBytes(context.Background(), raw, opts)
		if err != nil {
			return
		}
		exact := p.Format == "text" && p.Encoding == "utf-8" && utf8.Valid(raw) &&
			!bytes.HasPrefix(raw, []byte("\xef\xbb\xbf")) && !bytes.ContainsRune(raw, '\r')
		checkSpans(t, raw, p, exact)
	})
}
