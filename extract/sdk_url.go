package extract

import (
	"strings"
	"unicode"
)

// pickURL chooses the privacy-policy link of an SDK record from its link
// field. Translated policies damage these fields in two ways the reader
// repairs:
//
//   - links glued together, "...&cc=CNhttps://www.tenpay.com/...": a scheme
//     inside a URL starts a new one;
//   - links from a neighbouring record pasted in, as Markdown residue
//     "[https://dev.vivo.com.cn/...](https://open.oppomobile.com/...": when
//     the field holds several links, the first whose host contains a
//     distinctive word of the SDK's name or provider ("oppo" in
//     open.oppomobile.com) is chosen, otherwise the first link.
//
// A field with no link yields "" rather than a guess.
func (d *documentRules) pickURL(field, name, provider string) string {
	var urls []string
	for _, u := range d.url.FindAllString(field, -1) {
		urls = append(urls, splitGluedURLs(u)...)
	}
	if len(urls) == 0 {
		return ""
	}
	words := d.nameWords(name + " " + provider)
	for _, u := range urls {
		host := strings.ToLower(urlHost(u))
		for _, w := range words {
			if strings.Contains(host, w) {
				return u
			}
		}
	}
	return urls[0]
}

// splitGluedURLs cuts u before every "http://" or "https://" after its
// start.
func splitGluedURLs(u string) []string {
	var out []string
	for {
		lower := strings.ToLower(u)
		cut := -1
		for _, scheme := range []string{"https://", "http://"} {
			if i := strings.Index(lower[1:], scheme); i >= 0 && (cut < 0 || i+1 < cut) {
				cut = i + 1
			}
		}
		if cut < 0 {
			return append(out, u)
		}
		out = append(out, u[:cut])
		u = u[cut:]
	}
}

// urlHost returns the host part of a URL.
func urlHost(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#:"); i >= 0 {
		u = u[:i]
	}
	return u
}

// nameWords returns the lower-case words of s of three letters or more that
// are not generic SDK words ("sdk", "push").
func (d *documentRules) nameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len(w) >= 3 && !d.sdk.generic[w] {
			out = append(out, w)
		}
	}
	return out
}
