package markup

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// entity decodes the character reference at the start of s ("&amp;",
// "&#39;", "&#x27;", legacy "&copy"). It returns the length of the
// reference and its text, or 0 when s does not start with one.
func entity(s []byte) (int, string) {
	j := 1
	for j < len(s) && j < 40 && (isAlnum(s[j]) || (j == 1 && s[j] == '#')) {
		j++
	}
	if j == 1 {
		return 0, ""
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	cand := string(s[:j])
	dec := html.UnescapeString(cand)
	if dec == cand {
		return 0, ""
	}
	// A legacy reference (no ';' of its own) ends where its name does:
	// "&nbsp0" and "&nbsp0;" are NBSP followed by text, which is read as
	// text.
	for k := 2; k < j; k++ {
		if d := html.UnescapeString(cand[:k]); d != cand[:k] && d+cand[k:] == dec {
			return k, d
		}
	}
	return j, dec
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// collapse trims s and collapses its white space runs to single spaces.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// hasBlockTag reports whether src holds any tag that gives a page block
// structure; without one, the text's own line breaks are its structure.
func hasBlockTag(src string) bool {
	found := false
	eachTagName(src, func(name string, _ int) bool {
		found = blockTags[strings.ToLower(name)]
		return !found
	})
	return found
}

// eachTagName calls f with the name of every tag in s ("p" in "<p>" and
// "</p>"; at most 12 letters and digits, possibly empty) and the offset
// just after the name, until f returns false.
func eachTagName(s string, f func(name string, end int) bool) {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '<')
		if k < 0 {
			return
		}
		i += k + 1
		a := i
		if a < len(s) && s[a] == '/' {
			a++
		}
		e := a
		for e < len(s) && e-a < 12 && isAlnum(s[e]) {
			e++
		}
		if !f(s[a:e], e) {
			return
		}
	}
}

var blockTags = map[string]bool{
	"p": true, "br": true, "div": true, "li": true, "ul": true, "ol": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"table": true, "tr": true, "td": true, "section": true, "article": true,
	"body": true, "html": true, "pre": true, "blockquote": true, "dl": true,
	"dt": true, "dd": true, "hr": true, "main": true, "header": true,
}

// tagAttrs is what the reader uses of a start tag's attributes.
type tagAttrs struct {
	hide     bool // hidden, aria-hidden="true", or a cookie banner
	footer   bool // id, class or aria-label names a footer
	start    int  // <ol start>
	value    int  // <li value>
	hasStart bool
	hasValue bool
	typ      byte // <ol type>: '1', 'a', 'A', 'i' or 'I'
	href     string
	rowspan  int // <td rowspan>, 0 when absent
	colspan  int // <td colspan>, 0 when absent
}

func readAttrs(z *html.Tokenizer) tagAttrs {
	var t tagAttrs
	for more := true; more; {
		var key, val []byte
		key, val, more = z.TagAttr()
		switch string(key) {
		case "hidden":
			t.hide = true
		case "aria-hidden":
			if string(bytes.ToLower(bytes.TrimSpace(val))) == "true" {
				t.hide = true
			}
		case "aria-label":
			t.footer = t.footer || namesFooter(val)
		case "id", "class":
			v := bytes.ToLower(val)
			t.footer = t.footer || namesFooter(val)
			if bytes.Contains(v, []byte("cookie")) && (bytes.Contains(v, []byte("banner")) ||
				bytes.Contains(v, []byte("consent")) || bytes.Contains(v, []byte("notice")) ||
				bytes.Contains(v, []byte("popup"))) {
				t.hide = true
			}
		case "href":
			t.href = strings.TrimSpace(string(val))
		case "rowspan":
			t.rowspan, _ = atoi(val)
		case "colspan":
			t.colspan, _ = atoi(val)
		case "start":
			t.start, t.hasStart = atoi(val)
		case "value":
			t.value, t.hasValue = atoi(val)
		case "type":
			if len(val) == 1 && strings.IndexByte("1aAiI", val[0]) >= 0 {
				t.typ = val[0]
			}
		}
	}
	return t
}

// atoi reads a small non-negative decimal number.
func atoi(b []byte) (int, bool) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || len(b) > 6 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// olMarker renders the number a browser shows for item n of an <ol> of
// the given type, with its period: "3.", "c.", "iii.".
func olMarker(n int, typ byte) string {
	switch {
	case (typ == 'a' || typ == 'A') && n > 0:
		var b []byte
		for ; n > 0; n = (n - 1) / 26 {
			b = append([]byte{byte('a' + (n-1)%26)}, b...)
		}
		if typ == 'A' {
			b = bytes.ToUpper(b)
		}
		return string(b) + "."
	case (typ == 'i' || typ == 'I') && n > 0 && n < 4000:
		r := roman(n)
		if typ == 'I' {
			r = strings.ToUpper(r)
		}
		return r + "."
	}
	return strconv.Itoa(n) + "."
}

func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// namesFooter reports whether an id, class or aria-label value names a page
// footer: one of its space-separated names has "footer" as a part
// ("footer", "site-footer", "footer_links", "navFooterCol") and no part that
// makes it something around or before a footer: "sticky-footer-wrapper"
// (a page wrapper that keeps the footer at the bottom, where
// "footer_wrapper" wraps the footer itself), "has-footer", "push-footer",
// "pre-footer".
func namesFooter(val []byte) bool {
	for _, name := range strings.Fields(string(val)) {
		if footerName(name) {
			return true
		}
	}
	return false
}

func footerName(name string) bool {
	found := false
	for _, p := range strings.FieldsFunc(splitCamel(name), func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		switch p {
		case "footer":
			found = true
		case "has", "no", "with", "push", "sticky", "pre", "above", "before", "spacer", "fixed":
			return false
		}
	}
	return found
}

// splitCamel lower-cases a camel-cased name with a '-' before each capital
// that follows a lower-case letter: "navFooterCol" → "nav-footer-col",
// "FOOTER" → "footer", "pageFOOTER" → "page-footer".
func splitCamel(s string) string {
	var b strings.Builder
	prevLower := false
	for _, r := range s {
		if unicode.IsUpper(r) {
			if prevLower {
				b.WriteByte('-')
			}
			r = unicode.ToLower(r)
			prevLower = false
		} else {
			prevLower = unicode.IsLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
