package extract

// Metadata reader for durations: retention periods and response deadlines.

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/privtext/go-privtext/internal/textnorm"
)

// durations returns the retention periods and response deadlines: a number
// and a unit in a sentence whose closest cue is a retention word ("retain",
// "stored") or a response word ("respond", "process"), and unbounded
// retention phrases ("as long as necessary") beside a retention word.
func (m *metaRules) durations(src string, view *textnorm.View) []Duration {
	v := view.Text
	// Every duration needs a retention or response word in its sentence,
	// and most clauses (durations is also asked per clause, by the category
	// stage) have none: one scan for the cue words saves the scans for
	// units and vague phrases.
	if !m.durationCue.has(v) {
		return nil
	}
	return m.durationsOf(src, view, true, m.unitTerms.find(v), m.vague.find(v))
}

// durationsOf is durations given the scans of the view: whether it has a
// duration cue, and its unit and vague-phrase matches.
func (m *metaRules) durationsOf(src string, view *textnorm.View, cue bool, units, vague []docHit) []Duration {
	if !cue {
		return nil
	}
	v := view.Text
	var out []Duration
	for _, g := range m.periods(v, units) {
		if !docWholeWord(v, g[0], g[1]) || (g[1] < len(v) && docWordByte(v[g[1]])) {
			continue
		}
		num, unit := v[g[4]:g[5]], v[g[6]:g[7]]
		if r, _ := utf8.DecodeLastRuneInString(v[:g[4]]); r >= utf8.RuneSelf && strings.ContainsRune(cjkNumberContext, r) {
			continue // 第一个月 "the first month" and 每一个月 "every month" are no period
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			if g[2] < 0 && num[0] < utf8.RuneSelf {
				continue // "a day", "one year" without "within"/"for" is too loose
			}
			n = m.numbers[num]
			if n == 0 {
				n = cjkNumber(num) // 四十五, 一百二十
			}
		}
		if n <= 0 {
			continue
		}
		kind := m.durationKind(v, g[0], g[1])
		if kind == "" {
			continue
		}
		iso := "P" + strconv.Itoa(n) + m.units[unit]
		if m.units[unit] == "H" {
			iso = "PT" + strconv.Itoa(n) + "H"
		}
		s, e := view.Span(g[0], g[1])
		out = append(out, Duration{Kind: kind, ISO: iso, Text: src[s:e], Start: s, End: e})
	}
	for _, h := range vague {
		ss, se := docSentence(v, h.start, h.end)
		if !m.retention.has(v[ss:se]) {
			continue
		}
		s, e := view.Span(h.start, h.end)
		out = append(out, Duration{Kind: DurationRetention, Text: src[s:e], Start: s, End: e})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// cjkDatePart reports whether the unit u after the number that ends v is
// part of a date, not a period: the day of "2023年5月10日" (a number after
// 月) or the year of "2023年" (four digits).
func cjkDatePart(v, u string) bool {
	if u != "日" && u != "年" {
		return false
	}
	k := len(v)
	for k > 0 && '0' <= v[k-1] && v[k-1] <= '9' {
		k--
	}
	digits := len(v) - k
	if digits == 0 {
		for k > 0 {
			r, n := utf8.DecodeLastRuneInString(v[:k])
			if !strings.ContainsRune(cjkNumerals, r) {
				break
			}
			k -= n
		}
	}
	if u == "年" {
		return digits == 4
	}
	return strings.HasSuffix(strings.TrimRight(v[:k], " \t"), "月") // 5月10日, 5 月 10 日
}

// cjkNumberContext are the characters before a Chinese number that make it
// no length of time: 第一个月 "the first month", 每一个月 "every month" (a
// numeral there is the rest of a longer number the pattern did not take).
const cjkNumberContext = cjkNumerals + "万第每"

// cjkNumerals are the characters of a Chinese number the duration pattern
// reads (cjkNumber gives its value).
const cjkNumerals = "零一二两三四五六七八九十百千"

// cjkNumber returns the value of a Chinese number below ten thousand (十五,
// 四十五, 一百二十, 两百), or 0 when s is not one.
func cjkNumber(s string) int {
	total, digit := 0, -1
	for _, r := range s {
		switch r {
		case '零':
			digit = -1
		case '十', '百', '千':
			unit := map[rune]int{'十': 10, '百': 100, '千': 1000}[r]
			if digit < 0 {
				digit = 1 // 十五: the ten of fifteen
			}
			total += digit * unit
			digit = -1
		default:
			k := strings.IndexRune("一二三四五六七八九", r)
			switch {
			case r == '两':
				digit = 2
			case k >= 0 && digit < 0:
				digit = k/3 + 1
			default:
				return 0 // two digits in a row: 一二 is no number
			}
		}
	}
	if digit > 0 {
		total += digit
	}
	return total
}

// durationKind returns "retention" or "response" after the cue closest to
// v[start:end] in its sentence, or "".
func (m *metaRules) durationKind(v string, start, end int) string {
	ss, se := docSentence(v, start, end)
	best, kind := -1, ""
	for _, c := range []struct {
		set  *docTerms
		kind string
	}{{m.retention, DurationRetention}, {m.response, DurationResponse}} {
		for _, h := range c.set.find(v[ss:se]) {
			hs, he := ss+h.start, ss+h.end
			dist := start - he
			if hs >= end {
				dist = hs - end
			}
			if dist < 0 {
				dist = 0
			}
			if best < 0 || dist < best {
				best, kind = dist, c.kind
			}
		}
	}
	return kind
}

// periods returns the submatch indexes (in v) of the duration pattern that
// end at a time unit, given the unit matches of v. The pattern runs only on
// the few words before each unit found by the term scan, not on whole
// paragraphs.
func (m *metaRules) periods(v string, units []docHit) [][]int {
	var out [][]int
	for _, u := range units {
		if !m.numberBefore(v, u.end) {
			continue
		}
		ws := max(u.start-80, 0)
		if nl := strings.LastIndexByte(v[ws:u.start], '\n'); nl >= 0 {
			ws += nl + 1
		}
		for ws > 0 && docWordByte(v[ws]) && docWordByte(v[ws-1]) {
			ws--
		}
		for _, g := range m.duration.FindAllStringSubmatchIndex(v[ws:u.end], -1) {
			if ws+g[1] != u.end {
				continue
			}
			for i := range g {
				if g[i] >= 0 {
					g[i] += ws
				}
			}
			out = append(out, g)
		}
	}
	return out
}

// numberBefore reports whether a match of the duration pattern could end
// at end: some unit term ends there and, past the blanks and hyphens before
// it, stands a digit, the ')' of "thirty (30) days", or the end of a number
// term. It is a necessary condition of the pattern, looser where unsure, so
// that the pattern runs only where it can match: most unit words of a
// policy ("each year", "per day") have no number before them.
func (m *metaRules) numberBefore(v string, end int) bool {
	for _, u := range m.unitList {
		if !strings.HasSuffix(v[:end], u) {
			continue
		}
		k := end - len(u)
		for k > 0 && (v[k-1] == '-' || v[k-1] == ' ' || '\t' <= v[k-1] && v[k-1] <= '\r') {
			k--
		}
		if k == 0 || cjkDatePart(v[:k], u) {
			continue
		}
		if c := v[k-1]; c == ')' || '0' <= c && c <= '9' {
			return true
		}
		if r, _ := utf8.DecodeLastRuneInString(v[:k]); r >= utf8.RuneSelf && strings.ContainsRune(cjkNumerals, r) {
			return true // 三百天
		}
		for _, n := range m.numberList {
			if strings.HasSuffix(v[:k], n) {
				return true
			}
		}
	}
	return false
}
