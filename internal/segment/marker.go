package segment

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// style is a numbering or bullet style. Headings and list items that share a
// style are siblings; a new style opens a deeper level.
type style uint8

const (
	styleNone        style = iota
	styleBullet            // • · - * ...
	styleDecimal           // 1.  1.1  1.1.1 (parts says how many)
	styleRoman             // IV.
	styleParenDigit        // (2)
	styleParenLetter       // (b)
	styleDigitParen        // 2)
	styleLetterParen       // b)
	styleOrdinal           // Sixth,
	styleHanzi             // 一、 (Chinese numerals)
	styleParenHanzi        // （一） or (一)
)

// marker is a number or bullet at the start of a line or paragraph.
type marker struct {
	style  style
	parts  int    // components of a decimal number: 1 for "1.", 2 for "1.1"
	value  int    // value of the last component; 0 for bullets
	number string // the number as written, without trailing punctuation
	end    int    // bytes consumed, including the spaces that follow
}

// topLevel reports whether the marker belongs to the family of top-level
// sequences (1., IV., Sixth,) that policies switch between mid-document.
// Chinese numbering (一、) is not of it: Chinese policies number sections
// 一、 and the items inside them 1、, so 三、 after 2、 closes the items.
func (m marker) topLevel() bool {
	return (m.style == styleDecimal && m.parts == 1) || m.style == styleRoman || m.style == styleOrdinal
}

// key identifies the style for sibling matching.
func (m marker) key() string {
	if m.style == styleDecimal {
		return "d" + strconv.Itoa(m.parts)
	}
	return string(rune('a' + m.style))
}

// bullets are the list bullets recognised at the start of an item; the
// first group may be glued to the text ("·Device ...").
const (
	gluedBullets = "•·●▪◦‣■□➢►◆◇○∙"
	spaceBullets = "-*+–"
	// dashBullet, a Chinese dash (two em dashes), opens items too
	// ("——提供方：…"); one em dash at a line's start is punctuation.
	dashBullet = "——"
)

// parseMarker reads a marker at the start of s. It returns a zero marker
// (style == styleNone) when s does not start with one.
func parseMarker(s string, v *vocab) marker {
	if s == "" {
		return marker{}
	}
	if strings.HasPrefix(s, dashBullet) {
		n := len(dashBullet)
		return marker{style: styleBullet, number: s[:n], end: n + spaces(s[n:])}
	}
	r, n := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(gluedBullets, r) {
		return marker{style: styleBullet, number: s[:n], end: n + spaces(s[n:])}
	}
	if strings.ContainsRune(spaceBullets, r) {
		if sp := spaces(s[n:]); sp > 0 {
			return marker{style: styleBullet, number: s[:n], end: n + sp}
		}
		return marker{}
	}
	if r >= utf8.RuneSelf || r == '(' {
		if m := parseHanzi(s); m.style != styleNone {
			return m
		}
	}
	switch c := s[0]; {
	case isDigit(c):
		return parseDecimal(s)
	case c == '(':
		return parseParen(s)
	case c == 'I' || c == 'V' || c == 'X' || c == 'L':
		if m := parseRoman(s); m.style != styleNone {
			return m
		}
	}
	if m := parseLetterParen(s); m.style != styleNone {
		return m
	}
	return parseOrdinal(s, v)
}

// parseDecimal reads "1.", "1.1", "1.1.1.", "1)" and "1、".
func parseDecimal(s string) marker {
	var (
		i     int
		parts int
		value int
	)
	for {
		j := i
		for j < len(s) && isDigit(s[j]) && j-i < 3 {
			j++
		}
		if j == i || (j < len(s) && isDigit(s[j])) {
			return marker{}
		}
		value, _ = strconv.Atoi(s[i:j])
		parts++
		i = j
		if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
			i++
			continue
		}
		break
	}
	number := s[:i]
	switch {
	case strings.HasPrefix(s[i:], ")") && parts == 1:
		i++
		if sp := spaces(s[i:]); sp > 0 {
			return marker{style: styleDigitParen, parts: 1, value: value, number: number, end: i + sp}
		}
		return marker{}
	case strings.HasPrefix(s[i:], "）") && parts == 1 && value > 0:
		// "1）": Chinese needs no space after it.
		return marker{style: styleDigitParen, parts: 1, value: value, number: number, end: i + len("）") + spaces(s[i+len("）"):])}
	case strings.HasPrefix(s[i:], "、"):
		// "1、": Chinese needs no space after it.
		i += len("、")
		if value == 0 && parts == 1 {
			return marker{}
		}
		return marker{style: styleDecimal, parts: parts, value: value, number: number, end: i + spaces(s[i:])}
	case strings.HasPrefix(s[i:], "."):
		i++
	case parts == 1:
		return marker{} // a bare number is a quantity, not a heading number
	}
	sp := spaces(s[i:])
	if sp == 0 && i < len(s) {
		return marker{}
	}
	if value == 0 && parts == 1 {
		return marker{}
	}
	return marker{style: styleDecimal, parts: parts, value: value, number: number, end: i + sp}
}

// parseParen reads "(2)", "(b)", "(iv)".
func parseParen(s string) marker {
	closeAt := strings.IndexByte(s, ')')
	if closeAt < 2 || closeAt > 5 {
		return marker{}
	}
	inner := s[1:closeAt]
	sp := spaces(s[closeAt+1:])
	if sp == 0 && closeAt+1 < len(s) {
		return marker{}
	}
	m := marker{number: s[:closeAt+1], end: closeAt + 1 + sp}
	switch {
	case allDigits(inner):
		m.style = styleParenDigit
		m.value, _ = strconv.Atoi(inner)
	case romanValue(strings.ToUpper(inner)) > 0 && inner == strings.ToLower(inner) && inner != "c" && inner != "d":
		// (i), (ii), (iv): lower-case roman numerals number sub-items.
		m.style = styleParenLetter
		m.value = romanValue(strings.ToUpper(inner))
		if len(inner) == 1 && inner != "i" {
			m.value = int(inner[0]-'a') + 1
		}
	case len(inner) == 1 && isLetter(inner[0]):
		m.style = styleParenLetter
		m.value = int(inner[0]|0x20-'a') + 1
	default:
		return marker{}
	}
	return m
}

// parseHanzi reads the Chinese numbering "一、" and "（一）" (or "(一)"),
// and "（1）", digits in full-width parentheses.
// Chinese needs no space after the marker.
func parseHanzi(s string) marker {
	open := ""
	for _, o := range []string{"（", "("} {
		if strings.HasPrefix(s, o) {
			open = o
		}
	}
	i := len(open)
	j := i
	for j < len(s) && j-i < 9 {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !strings.ContainsRune(hanziDigits, r) {
			break
		}
		j += n
	}
	value := hanziValue(s[i:j])
	m := marker{style: styleHanzi, parts: 1, value: value, number: s[i:j]}
	if value == 0 && open == "（" {
		// "（1）": digits in full-width parentheses.
		for j < len(s) && isDigit(s[j]) && j-i < 3 {
			j++
		}
		value, _ = strconv.Atoi(s[i:j])
		m = marker{style: styleParenDigit, parts: 1, value: value}
	}
	if value == 0 {
		return marker{}
	}
	switch rest := s[j:]; {
	case open == "" && strings.HasPrefix(rest, "、"):
		m.end = j + len("、")
	case open != "" && (strings.HasPrefix(rest, "）") || strings.HasPrefix(rest, ")")):
		_, n := utf8.DecodeRuneInString(rest)
		m.number, m.end = s[:j+n], j+n
		if m.style == styleHanzi {
			m.style = styleParenHanzi
		}
	default:
		return marker{}
	}
	m.end += spaces(s[m.end:])
	return m
}

// hanziDigits are the Chinese numerals parseHanzi reads.
const hanziDigits = "一二三四五六七八九十"

// hanziValue returns the value of a Chinese numeral from 一 (1) to 九十九
// (99), or 0.
func hanziValue(s string) int {
	var digits []int
	for _, r := range s {
		digits = append(digits, strings.IndexRune(hanziDigits, r)/3+1) // 3 bytes a numeral
	}
	switch len(digits) {
	case 1:
		return digits[0] // 一 … 十
	case 2:
		if digits[0] == 10 && digits[1] < 10 {
			return 10 + digits[1] // 十一
		}
		if digits[0] < 10 && digits[1] == 10 {
			return digits[0] * 10 // 二十
		}
	case 3:
		if digits[0] < 10 && digits[1] == 10 && digits[2] < 10 {
			return digits[0]*10 + digits[2] // 二十一
		}
	}
	return 0
}

// parseLetterParen reads "a)" and "b)".
func parseLetterParen(s string) marker {
	if len(s) < 3 || !isLetter(s[0]) || s[1] != ')' {
		return marker{}
	}
	sp := spaces(s[2:])
	if sp == 0 {
		return marker{}
	}
	return marker{style: styleLetterParen, parts: 1, value: int(s[0]|0x20-'a') + 1, number: s[:1], end: 2 + sp}
}

// parseRoman reads "IV." followed by a space.
func parseRoman(s string) marker {
	i := 0
	for i < len(s) && strings.IndexByte("IVXLC", s[i]) >= 0 {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != '.' {
		return marker{}
	}
	val := romanValue(s[:i])
	sp := spaces(s[i+1:])
	if val == 0 || val > 50 || sp == 0 {
		return marker{}
	}
	return marker{style: styleRoman, parts: 1, value: val, number: s[:i], end: i + 1 + sp}
}

// parseOrdinal reads "Sixth, " at the start of s.
func parseOrdinal(s string, v *vocab) marker {
	comma := strings.IndexByte(s, ',')
	if comma < 5 || comma > 12 {
		return marker{}
	}
	val := v.ordinals[strings.ToLower(s[:comma])]
	if val == 0 {
		return marker{}
	}
	sp := spaces(s[comma+1:])
	if sp == 0 {
		return marker{}
	}
	return marker{style: styleOrdinal, parts: 1, value: val, number: s[:comma], end: comma + 1 + sp}
}

// romanValue returns the value of a canonical upper-case roman numeral, or 0.
func romanValue(s string) int {
	digit := func(c byte) int {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		case 'L':
			return 50
		case 'C':
			return 100
		}
		return 0
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v := digit(s[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && digit(s[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || toRoman(total) != s {
		return 0
	}
	return total
}

func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// spaces counts leading spaces and tabs (ASCII and NBSP/ideographic space).
func spaces(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], "\u00a0"):
			i += 2
		case strings.HasPrefix(s[i:], "\u3000"):
			i += 3
		default:
			return i
		}
	}
	return i
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool  { return 'a' <= c && c <= 'z' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
