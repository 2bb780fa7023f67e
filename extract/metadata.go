package extract

// The metadata reader: what a policy says about itself. Every reader works on
// the matching view of the whole document (lower-cased, quotes and dashes
// folded, so rules need one spelling) and maps what it finds back to the
// document with the view's offset map; values are taken from the document
// text, never from the view, so a URL keeps its case.
//
//   - controller: a capitalised name ending in a legal-form suffix ("Beijing
//     Wali Network Technology Co., Ltd"), preferring one followed by an
//     alias; registry organisations are third parties unless the policy
//     makes them its own (metadata_entity.go);
//   - product: "<Product> Privacy Policy" (or "Privacy Policy of <Product>")
//     among the first lines (metadata_title.go);
//   - dates: ISO, "March 5, 2021", "5 March 2021", "2021年3月5日" (and Korean
//     "2017년 2월 15일"),
//     "5/22/2016" when the day tells itself from the month, and "March 2017"
//     to the month, classified by the closest cue before them in their
//     sentence ("updated on", "effective"); text without a date such as
//     "Updated automatically every 5 minutes" yields nothing;
//   - contacts, governing law, storage locations and durations: see
//     metadata_contact.go.

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/privtext/go-privtext/internal/rulefile"
	"github.com/privtext/go-privtext/internal/textnorm"
)

// metaRules holds the compiled metadata rules.
type metaRules struct {
	suffix, alias, skip       *docTerms
	entityStop                *docTerms
	entityGeneric             *docTerms
	notPlace                  *docTerms // storage.not_place
	cjkBreak                  []string  // entity.cjk_break
	titleSuffix, titlePrefix  *docTerms
	pageTitleSuffix           *docTerms // title.suffix and title.page_suffix
	productAlias, productNoun *docTerms
	titleStop, titleGeneric   *docTerms
	dateCue                   *docTerms
	dateAfter                 *docTerms // date.effective.after
	dateSubject               *docTerms // date.subject
	dates                     []*regexp.Regexp
	months                    map[string]int // view form of a month name → 1–12
	email, phone, address     *docTerms
	addressNot                *docTerms
	contactCue                *docTerms
	lawCue, lawOf             *docTerms
	storageCue, storageVerb   *docTerms
	storageFollow             *docTerms
	retention, response       *docTerms
	durationCue               *docTerms // retention or response: prefilter of durations
	vague                     *docTerms
	duration                  *regexp.Regexp
	unitTerms                 *docTerms         // prefilter of duration
	unitList, numberList      []string          // the unit and number terms of duration, view form
	whole                     *docTermGroup     // the sets scanned over the whole document: see wholeScan
	numbers                   map[string]int    // number word → value
	units                     map[string]string // unit word → ISO designator
}

// metaLabels are the fixed labels of metadata.txt; month.N, number.N and
// unit.X are checked separately.
var metaLabels = map[string]bool{
	"entity.suffix": true, "entity.alias": true, "entity.cjk_break": true, "entity.skip": true, "entity.stop": true, "entity.generic": true,
	"product.alias": true, "product.noun": true, "title.suffix": true, "title.page_suffix": true, "title.prefix": true, "title.stop": true, "title.generic": true,
	"date.updated": true, "date.published": true, "date.effective": true, "date.both": true, "date.effective.after": true, "date.subject": true,
	"contact.email": true, "contact.phone": true, "contact.address": true, "contact.address.not": true, "contact.cue": true,
	"law.cue": true, "law.of": true, "storage.cue": true, "storage.not_place": true, "storage.verb": true, "storage.follow": true,
	"duration.prep": true, "duration.retention": true, "duration.response": true, "duration.vague": true,
}

func (m *metaRules) compile(entries []rulefile.Entry) error {
	var errs rulefile.ErrorList
	m.months, m.numbers, m.units = map[string]int{}, map[string]int{}, map[string]string{}
	for _, e := range entries {
		kind, arg, _ := strings.Cut(e.Label, ".")
		switch {
		case kind == "month":
			n, err := strconv.Atoi(arg)
			if err != nil || n < 1 || n > 12 {
				errs = append(errs, docRuleError(e, "bad month label %q (want month.1 … month.12)", e.Label))
				continue
			}
			for _, t := range e.Terms {
				v := textnorm.NewView(t).Text
				m.months[v] = n
			}
		case kind == "number":
			n, err := strconv.Atoi(arg)
			if err != nil || n < 0 {
				errs = append(errs, docRuleError(e, "bad number label %q (want number.N)", e.Label))
				continue
			}
			for _, t := range e.Terms {
				v := textnorm.NewView(t).Text
				m.numbers[v] = n
			}
		case kind == "unit":
			if arg != "H" && arg != "D" && arg != "W" && arg != "M" && arg != "Y" {
				errs = append(errs, docRuleError(e, "bad unit label %q (want unit.H, unit.D, unit.W, unit.M or unit.Y)", e.Label))
				continue
			}
			for _, t := range e.Terms {
				v := textnorm.NewView(t).Text
				m.units[v] = arg
			}
		case !metaLabels[e.Label]:
			errs = append(errs, docRuleError(e, "unknown metadata label %q", e.Label))
		}
	}
	is := func(labels ...string) func(string) bool {
		return func(l string) bool {
			for _, x := range labels {
				if l == x {
					return true
				}
			}
			return false
		}
	}
	m.suffix = newDocTerms(entries, is("entity.suffix"))
	m.alias = newDocTerms(entries, is("entity.alias"))
	m.skip = newDocTerms(entries, is("entity.skip"))
	m.entityStop = newDocTerms(entries, is("entity.stop"))
	m.entityGeneric = newDocTerms(entries, is("entity.generic"))
	m.cjkBreak = nil
	for _, e := range entries {
		if e.Label == "entity.cjk_break" {
			m.cjkBreak = append(m.cjkBreak, e.Terms...)
		}
	}
	m.titleSuffix = newDocTerms(entries, is("title.suffix"))
	m.pageTitleSuffix = newDocTerms(entries, is("title.suffix", "title.page_suffix"))
	m.productAlias = newDocTerms(entries, is("product.alias"))
	m.productNoun = newDocTerms(entries, is("product.noun"))
	m.titlePrefix = newDocTerms(entries, is("title.prefix"))
	m.titleStop = newDocTerms(entries, is("title.stop"))
	m.titleGeneric = newDocTerms(entries, is("title.generic"))
	m.dateCue = newDocTerms(entries, is("date.updated", "date.published", "date.effective", "date.both"))
	m.dateAfter = newDocTerms(entries, is("date.effective.after"))
	m.dateSubject = newDocTerms(entries, is("date.subject"))
	m.email = newDocTerms(entries, is("contact.email"))
	m.phone = newDocTerms(entries, is("contact.phone"))
	m.address = newDocTerms(entries, is("contact.address"))
	m.addressNot = newDocTerms(entries, is("contact.address.not"))
	m.contactCue = newDocTerms(entries, is("contact.cue"))
	m.lawCue = newDocTerms(entries, is("law.cue"))
	m.lawOf = newDocTerms(entries, is("law.of"))
	m.storageCue = newDocTerms(entries, is("storage.cue"))
	m.notPlace = newDocTerms(entries, is("storage.not_place"))
	m.storageVerb = newDocTerms(entries, is("storage.verb"))
	m.storageFollow = newDocTerms(entries, is("storage.follow"))
	m.retention = newDocTerms(entries, is("duration.retention"))
	m.response = newDocTerms(entries, is("duration.response"))
	m.durationCue = newDocTerms(entries, func(l string) bool { return l == "duration.retention" || l == "duration.response" })
	m.vague = newDocTerms(entries, is("duration.vague"))

	prefix := func(p string) func(string) bool { return func(l string) bool { return strings.HasPrefix(l, p) } }
	months := newDocTerms(entries, prefix("month.")).alternation()
	m.dates = []*regexp.Regexp{
		regexp.MustCompile(`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})`),
		regexp.MustCompile(`(` + months + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})`),
		regexp.MustCompile(`(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + months + `)\.?\s*,?\s*(\d{4})`),
		regexp.MustCompile(`(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`),
		regexp.MustCompile(`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`),
		regexp.MustCompile(`(` + months + `)\.?\s*,?\s*(\d{4})`),
	}
	m.unitTerms = newDocTerms(entries, prefix("unit."))
	numbers := newDocTerms(entries, prefix("number."))
	m.unitList, m.numberList = m.unitTerms.terms(), numbers.terms()
	m.duration = regexp.MustCompile(`(?:(` + newDocTerms(entries, is("duration.prep")).alternation() + `)\s+)?(?:the\s+)?(\d{1,4}|` +
		`[` + cjkNumerals + `]{1,8}|` + numbers.alternation() + `)(?:\s*\(\s*\d{1,4}\s*\))?\s*-?\s*(` + m.unitTerms.alternation() + `)`)
	m.whole = newDocTermGroup(m.suffix, m.phone, m.lawOf, m.durationCue, m.unitTerms, m.vague)
	return errs.Err()
}

// wholeScan holds the matches of the term sets that the metadata reader
// looks for in the whole document, found in one pass (m.whole, in this
// order).
type wholeScan struct {
	suffix, phone, lawOf, durationCue, units, vague []docHit
}

func (m *metaRules) wholeScan(v string) wholeScan {
	h := m.whole.find(v)
	return wholeScan{h[0], h[1], h[2], h[3], h[4], h[5]}
}

// metadata fills md from the document.
// registryOrgs names the registry organisations in a text (see
// Extractor.registryOrgs).
func (d *documentRules) metadata(md *Metadata, doc Document, view *textnorm.View, sdks []SDK, registryOrgs func(string) []string) {
	m := &d.meta
	w := m.wholeScan(view.Text)
	md.Contacts = d.contacts(doc.Text, view, sdks, w.phone)
	thirdParty := thirdPartyTest(doc.Title+"\n"+doc.PageTitle, md.Contacts, registryOrgs)
	md.Controller = m.controller(doc.Text, view, w.suffix, thirdParty)
	md.Product = m.product(doc.Title, doc.PageTitle, doc.Text)
	if thirdParty(md.Product) {
		// "We use Google Analytics (the "Service")": another's product,
		// unless the titles name it or a contact is at its domain.
		md.Product = ""
	}
	md.Updated, md.Effective = m.datesOf(view)
	md.GoverningLaw = m.governingLaw(doc.Text, view, w.lawOf)
	md.StorageLocations = m.storage(doc.Text, view)
	md.Durations = m.durationsOf(doc.Text, view, len(w.durationCue) > 0, w.units, w.vague)
}

// dateHit is a calendar date found in the view.
type dateHit struct {
	start, end int
	iso        string
}

// findDates returns the valid dates of v in order, without overlaps.
func (m *metaRules) findDates(v string) []dateHit {
	var hits []dateHit
	lines := keptLines(v, hasYear) // once for every date pattern
	for k, re := range m.dates {
		for _, g := range findIn(re, v, lines) {
			if !docWholeWord(v, g[0], g[1]) {
				continue
			}
			part := func(i int) string { return v[g[2*i]:g[2*i+1]] }
			var y, mo, d int
			switch k {
			case 0, 3: // year month day
				y, _ = strconv.Atoi(part(1))
				mo, _ = strconv.Atoi(part(2))
				d, _ = strconv.Atoi(part(3))
			case 1: // month day year
				mo = m.months[strings.TrimSuffix(part(1), ".")]
				d, _ = strconv.Atoi(part(2))
				y, _ = strconv.Atoi(part(3))
			case 2: // day month year
				d, _ = strconv.Atoi(part(1))
				mo = m.months[strings.TrimSuffix(part(2), ".")]
				y, _ = strconv.Atoi(part(3))
			case 4: // "5/22/2016" or "22.5.2016": only when the day is over 12
				a, _ := strconv.Atoi(part(1))
				b, _ := strconv.Atoi(part(2))
				y, _ = strconv.Atoi(part(3))
				switch {
				case a > 12 && b <= 12:
					d, mo = a, b
				case b > 12 && a <= 12:
					mo, d = a, b
				default:
					continue // "3/4/2016" is March or April: no guess
				}
			case 5: // month year, "March 2017": ISO 8601 to the month
				mo = m.months[strings.TrimSuffix(part(1), ".")]
				y, _ = strconv.Atoi(part(2))
				if iso, ok := isoDate(y, mo, 1); ok {
					hits = append(hits, dateHit{g[0], g[1], iso[:7]})
				}
				continue
			}
			if iso, ok := isoDate(y, mo, d); ok {
				hits = append(hits, dateHit{g[0], g[1], iso})
			}
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].start != hits[j].start {
			return hits[i].start < hits[j].start
		}
		return hits[i].end > hits[j].end
	})
	out := hits[:0]
	for _, h := range hits {
		if len(out) > 0 && h.start < out[len(out)-1].end {
			continue
		}
		out = append(out, h)
	}
	return out
}

// effectiveAfter reports whether a date.effective.after cue starts at v[i],
// right after a date, and ends its phrase (生效, 生效并实施, not 生效日期 nor
// 起施行的), in a sentence whose words before the date name the policy (a
// date.subject word: 本隐私权政策自…起生效), not a law it cites (依据2021年
// 11月1日起施行的《个人信息保护法》).
func (m *metaRules) effectiveAfter(v string, s, i int) bool {
	if i >= len(v) {
		return false
	}
	h, ok := m.dateAfter.at(v, i, docTokenEnd(v, i))
	if !ok {
		return false
	}
	if next, _ := utf8.DecodeRuneInString(v[h.end:]); h.end < len(v) && (strings.ContainsRune("日时的", next) || next < utf8.RuneSelf && (unicode.IsLetter(next) || unicode.IsDigit(next))) {
		return false // 生效日期, 生效时间, 起施行的: the cue goes on into another word
	}
	return m.dateSubject.has(v[s:i])
}

// isoDate formats a date, rejecting impossible ones (February 30).
func isoDate(y, m, d int) (string, bool) {
	if y < 1970 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return "", false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// datesOf returns the first last-updated and effective dates: dates whose
// sentence has a cue before them, the closest cue deciding, or a
// date.effective.after cue right after them (自2024年10月15日起生效); a date
// alone on one of the first lines counts as the update date, and a
// publication date (发布日期) does when no date is called updated.
func (m *metaRules) datesOf(view *textnorm.View) (updated, effective string) {
	published := ""
	defer func() {
		if updated == "" {
			updated = published
		}
	}()
	v := view.Text
	for _, h := range m.findDates(v) {
		s, _ := docSentence(v, h.start, h.end)
		cues := m.dateCue.find(v[s:h.start])
		label := ""
		if m.effectiveAfter(v, s, h.end) {
			label = "date.effective"
		} else if len(cues) > 0 {
			label = cues[len(cues)-1].label
		} else if ls := strings.LastIndexByte(v[:h.start], '\n') + 1; strings.TrimSpace(v[ls:h.start]) == "" &&
			strings.Count(v[:ls], "\n") < 10 {
			label = "date.updated"
		}
		if (label == "date.updated" || label == "date.both") && updated == "" {
			updated = h.iso
		}
		if label == "date.published" && published == "" {
			published = h.iso
		}
		if (label == "date.effective" || label == "date.both") && effective == "" {
			effective = h.iso
		}
	}
	return updated, effective
}
