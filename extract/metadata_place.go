package extract

// Metadata readers for places: the governing law's jurisdiction and the
// locations where data is stored, both read as runs of capitalised words
// after a cue.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privtext/go-privtext/internal/textnorm"
)

// governingLaw returns the jurisdiction of "laws of X" in a sentence with a
// governing cue ("subject to", "governing") or under a heading about law.
// lawOf are the law.of matches of the view.
func (m *metaRules) governingLaw(src string, view *textnorm.View, lawOf []docHit) string {
	v := view.Text
	for _, h := range lawOf {
		s, e := docSentence(v, h.start, h.end)
		if !m.lawCue.has(v[s:e]) && !lawHeadingBefore(v, s) {
			continue
		}
		_, se := view.Span(h.start, h.end)
		if ps := m.places(src, se, 1, false); len(ps) > 0 {
			if place := docCollapse(src[ps[0].start:ps[0].end]); !m.entityStop.has(strings.ToLower(place)) {
				return place // not "ANY OTHER JURISDICTION"
			}
		}
	}
	return ""
}

// lawHeadingBefore reports whether the sentence at s opens a line whose
// previous non-blank line is a short heading mentioning law.
func lawHeadingBefore(v string, s int) bool {
	ls := strings.LastIndexByte(v[:s], '\n') + 1
	if strings.TrimSpace(v[ls:s]) != "" {
		return false
	}
	prev := strings.TrimSpace(v[:ls])
	if i := strings.LastIndexByte(prev, '\n'); i >= 0 {
		prev = prev[i+1:]
	}
	return textnorm.CountFields(prev, 5) <= 5 && strings.Contains(prev, "law")
}

// storage returns the places named after a storage cue ("stored in",
// "data centers in") in a sentence about storing data.
func (m *metaRules) storage(src string, view *textnorm.View) []Mention {
	v := view.Text
	var out []Mention
	seen := map[string]bool{}
	// Cues may overlap ("stored in the territory of"): when one is not
	// followed by a place, the search resumes inside it.
	for pos := 0; ; {
		h, ok := m.storageCue.next(v, pos)
		if !ok {
			break
		}
		pos = h.start + 1
		s, _ := docSentence(v, h.start, h.end)
		if !m.storageVerb.has(v[s:h.end]) {
			continue
		}
		_, se := view.Span(h.start, h.end)
		var ps []sdkSpan
		if r, _ := utf8.DecodeLastRuneInString(src[:se]); unicode.Is(unicode.Han, r) {
			ps = placeCJK(src, se)
			if len(ps) > 0 && m.notPlaceCJK(src[ps[0].start:ps[0].end]) {
				ps = nil // 保存在本地设备中: kept locally
			}
		} else {
			ps = m.places(src, se, 8, true)
		}
		if len(ps) > 0 {
			pos = h.end
		}
		for _, p := range ps {
			t := src[p.start:p.end]
			if !seen[t] {
				seen[t] = true
				out = append(out, Mention{Label: "storage", Text: t, Start: p.start, End: p.end})
			}
		}
	}
	return out
}

// maxCJKPlace bounds a Chinese place name, in characters.
const maxCJKPlace = 12

// placeCJK reads the Chinese place at src[pos:], after a storage cue: the
// ideographs up to 境内 ("within the borders"), 境外, 的 or anything not
// an ideograph, after an optional 位于 ("located in"). It returns nothing
// for a run of one character or one longer than maxCJKPlace.
func placeCJK(src string, pos int) []sdkSpan {
	if strings.HasPrefix(src[pos:], "位于") {
		pos += len("位于")
	}
	end, n := pos, 0
	for end < len(src) {
		rest := src[end:]
		r, size := utf8.DecodeRuneInString(rest)
		if !unicode.Is(unicode.Han, r) || r == '的' || strings.HasPrefix(rest, "境内") || strings.HasPrefix(rest, "境外") {
			break
		}
		if n++; n > maxCJKPlace {
			return nil
		}
		end += size
	}
	if n < 2 {
		return nil
	}
	return []sdkSpan{{start: pos, end: end}}
}

// notPlaceCJK reports whether a Chinese run after a storage cue opens with
// a storage.not_place word (本地设备中, 服务器上, 我们的…): a device, a
// server or a pronoun, not a place. The word must open the run, so 日本地区
// is a place.
func (m *metaRules) notPlaceCJK(run string) bool {
	for t := range m.notPlace.label {
		if strings.HasPrefix(run, t) {
			return true
		}
	}
	return false
}

// places reads up to max place names at src[pos:]: runs of capitalised words
// (with "of" between them, "People's Republic of China"), an optional "the"
// before each, separated by commas, "and" or "or". With modifierCheck, runs
// that read as modifiers of a noun (see isPlace) end the list.
func (m *metaRules) places(src string, pos, max int, modifierCheck bool) []sdkSpan {
	var out []sdkSpan
	i := pos
	for len(out) < max {
		i = docSkipWord(src, docSkipBlanks(src, i), "the")
		start, end := i, -1
		for {
			ws := docSkipBlanks(src, i)
			we := docWordEnd(src, ws)
			if we == ws {
				break
			}
			w := src[ws:we]
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				end, i = we, we
				continue
			}
			if end >= 0 && (w == "of" || w == "and") {
				// "of" joins a name when a capitalised word follows.
				ns := docSkipBlanks(src, we)
				nr, _ := utf8.DecodeRuneInString(src[ns:])
				if w == "of" && unicode.IsUpper(nr) {
					i = we
					continue
				}
			}
			break
		}
		if end < 0 {
			break
		}
		if start == end || end-start > 60 || modifierCheck && !m.isPlace(src, start, end) {
			break
		}
		out = append(out, sdkSpan{start, end})
		// separator to the next place
		j := docSkipBlanks(src, end)
		if j < len(src) && src[j] == ',' {
			j = docSkipBlanks(src, j+1)
		}
		k := docSkipWord(src, j, "and")
		if k == j {
			k = docSkipWord(src, j, "or")
		}
		if k == j && (j == end || src[j-1] != ' ' || src[end] != ',') {
			break
		}
		i = k
	}
	return out
}

// isPlace reports whether the capitalised run src[start:end] reads as a
// place rather than as the modifier of a noun ("SD card", "User's device",
// "Application Support folder"): it is not possessive, and a lower-case word
// right after it is a storage.follow word ("and", "for", "until").
func (m *metaRules) isPlace(src string, start, end int) bool {
	w := src[start:end]
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return false
	}
	if end < len(src) && src[end] == ' ' {
		next := src[end+1 : docWordEnd(src, end+1)]
		if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) && !m.storageFollow.has(next) {
			return false
		}
	}
	return true
}

func docSkipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// docSkipWord skips the (case-insensitive) word w and the blanks after it when
// s[i:] starts with it.
func docSkipWord(s string, i int, w string) int {
	if i+len(w) < len(s) && strings.EqualFold(s[i:i+len(w)], w) && s[i+len(w)] == ' ' {
		return docSkipBlanks(s, i+len(w))
	}
	return i
}

// docWordEnd returns the end of the word at s[i:]: letters, digits and inner
// apostrophes or hyphens.
func docWordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j += n
			continue
		}
		if (r == '\'' || r == '’' || r == '-') && j > i && j+n < len(s) {
			if nr, _ := utf8.DecodeRuneInString(s[j+n:]); unicode.IsLetter(nr) {
				j += n
				continue
			}
		}
		break
	}
	return j
}
