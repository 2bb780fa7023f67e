package extract

import (
	"sort"
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
	return d.chooseURL(urls, name, provider)
}

// chooseURL returns the first of urls whose host contains a distinctive
// word of the SDK's name or provider, otherwise the first; "" for none.
func (d *documentRules) chooseURL(urls []string, name, provider string) string {
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

// linkURL finds the policy link of a record whose text holds none among the
// page's hyperlinks (Document.Links), and returns it with the record's end:
//
//   - a link inside the record's link field ("隐私政策：点击查看");
//   - a link inside the record whose text holds a link.text word
//     (namesLink: "隐私政策", "《极光隐私政策》", "privacy policy here");
//   - such a link right after the record, with only white space or an
//     opening bracket between (a "隐私政策" line closing an entry), which
//     then ends the record.
//
// Among several, the one chooseURL prefers. Only absolute http(s) targets
// count: a relative one would need the page's address.
func (r *sdkReader) linkURL(rec *sdkRecord, name, provider string) (string, int) {
	end := rec.end
	var urls []string
	field := rec.vals[sdkURL]
	i := sort.Search(len(r.links), func(i int) bool { return r.links[i].Start >= rec.start })
	for ; i < len(r.links); i++ {
		l := r.links[i]
		if !webURL(l.URL) {
			continue
		}
		inside := l.End <= rec.end
		after := !inside && l.Start >= end && strings.Trim(r.text[end:l.Start], linkOpeners) == "" && len(urls) == 0
		if !inside && !after {
			break
		}
		if !field.empty() && l.Start >= field.start && l.End <= field.end || r.namesLink(r.text[l.Start:l.End]) {
			urls = append(urls, l.URL)
			if after {
				end = l.End
				break
			}
		} else if after {
			break
		}
	}
	if len(urls) == 0 {
		return "", rec.end
	}
	return r.d.chooseURL(urls, name, provider), end
}

// namesLink reports whether a link's text names a privacy-policy link: it
// holds a link.text word ("隐私政策", "《极光隐私政策》", "privacy policy
// here"). A linked name, or "官网", is no policy link.
func (r *sdkReader) namesLink(text string) bool {
	n := normFieldName(text)
	for _, w := range r.d.sdk.linkWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// linkOpeners may stand between a record and the policy link after it.
const linkOpeners = " \t\n《〈「【(（\"“"

// webURL reports whether u is an absolute http or https URL with a host.
func webURL(u string) bool {
	l := strings.ToLower(u)
	for _, scheme := range []string{"https://", "http://"} {
		if rest, ok := strings.CutPrefix(l, scheme); ok {
			return rest != ""
		}
	}
	return false
}

// validLinks returns the links whose spans lie in text, in order of their
// starts: Document.Links comes from the caller.
func validLinks(text string, links []Link) []Link {
	var out []Link
	for _, l := range links {
		if 0 <= l.Start && l.Start < l.End && l.End <= len(text) {
			out = append(out, l)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
