package extract

import (
	"strings"
	"unicode/utf8"
)

// This file is the small cue engine shared by the practice, category and
// APP-350 stages. Cue phrases from the rule files are split into tokens the
// same way clause text is, stored in a token trie, and matched whole-token
// over the clause's matching view (lower-cased, quotes and dashes folded), so
// "Third-party" in a policy matches the cue "third party" and "don't" matches
// "don't" whatever apostrophe the policy used.
//
// Tokens are runs of letters and digits; every other non-space byte that
// matters to the rules (. , ; : ! ? ( ) and the bullet) is a one-byte
// punctuation token, so rules can contain punctuation and sentence ends are
// visible to the scope logic. Hyphens, apostrophes and slashes separate
// tokens and are dropped: "e-mail" is the two tokens "e" "mail", "don't" is
// "don" "t".

// token is one word or punctuation mark of a view, with its view span.
type token struct {
	text   string
	vs, ve int
	punct  bool
	sntEnd bool // a sentence-ending '.', '!', '?' or ';'
}

// isWordByte reports whether b belongs to a word token. Bytes ≥ 0x80 are
// letters of other scripts (the view is NFKC-folded), kept inside words.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b >= 0x80
}

// titleCase reports whether w is a capitalised word ("Cookies", not
// "COOKIES": upper-case text is a statement shouting, not a menu).
func titleCase(w string) bool {
	return len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && (w[1] < 'A' || w[1] > 'Z')
}

// A sentence is read at most sentenceSoftCap tokens at a time: past them,
// the next comma, colon or parenthesis ends it, and past sentenceHardCap
// any token does. The practice rules read a trigger's whole sentence for
// its actor, condition and scope, so one sentence of a hundred thousand
// tokens (a list glued without full stops, or hostile input) would cost
// the square of its length. No sentence of a real policy comes near: the
// longest Chinese ones, whose tokens are characters, hold a few hundred.
const (
	sentenceSoftCap = 600
	sentenceHardCap = 1200
)

// tokenize splits a view text into tokens. s is expected lower-cased (a
// view), but term tokenization passes raw terms, so upper case is folded
// here too.
func tokenize(s string, out []token) []token {
	if out == nil {
		out = make([]token, 0, len(s)/5+1) // about one token per five bytes of prose
	}
	from := len(out)
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b >= 0x80 && cjk(s[i:]) != 0:
			// Chinese has no spaces: each ideograph is a token, and cue
			// phrases are sequences of them ("收集" is "收" "集"). 。 and 、
			// are the full stop and the list comma (NFKC has folded the
			// full-width ，；：！？（） to ASCII already); CJK quotes and
			// brackets are dropped like ASCII ones.
			_, n := utf8.DecodeRuneInString(s[i:])
			switch k := cjk(s[i:]); k {
			case cjkIdeograph:
				out = append(out, token{text: s[i : i+n], vs: i, ve: i + n})
			case '.', ',':
				out = append(out, token{text: string(k), vs: i, ve: i + n, punct: true, sntEnd: k == '.'})
			}
			i += n
		case isWordByte(b):
			j := i + 1
			for j < len(s) && isWordByte(s[j]) && (s[j] < 0x80 || cjk(s[j:]) == 0) {
				j++
			}
			w := s[i:j]
			if strings.ToLower(w) != w {
				w = strings.ToLower(w)
			}
			out = append(out, token{text: w, vs: i, ve: j})
			i = j
		case strings.IndexByte(".,;:!?()", b) >= 0:
			t := token{text: s[i : i+1], vs: i, ve: i + 1, punct: true}
			switch b {
			case ';', '!', '?':
				t.sntEnd = true
			case '.':
				t.sntEnd = sentenceDot(s, i, out)
			}
			out = append(out, t)
			i++
		default:
			i++
		}
	}
	capSentences(out[from:])
	return out
}

// capSentences ends the sentences of toks that run past the caps (see
// sentenceSoftCap).
func capSentences(toks []token) {
	run := 0
	for i := range toks {
		t := &toks[i]
		if t.sntEnd {
			run = 0
			continue
		}
		if run++; run >= sentenceHardCap || run >= sentenceSoftCap && t.punct && t.text != "." {
			t.sntEnd, run = true, 0
		}
	}
}

// sentenceDot decides whether the '.' at s[i] ends a sentence. Decimal
// points, abbreviations ("e.g.", "i.e.", "U.S.") and ellipses do not; a dot glued to
// the next sentence ("services.If") does, which is common in the translated
// policies this library reads.
func sentenceDot(s string, i int, prev []token) bool {
	var last *token
	if len(prev) > 0 && prev[len(prev)-1].ve == i {
		last = &prev[len(prev)-1]
	}
	if last != nil && !last.punct && len(last.text) == 1 {
		return false // "e.g.", "u.s.", an initial
	}
	if i+1 < len(s) && s[i+1] == '.' || i > 0 && s[i-1] == '.' {
		// An ellipsis: in scraped policies "..." stands for an omission or a
		// bullet ("we do not store the following: ... your name, ... your
		// e-mail address"), not for the end of a sentence.
		return false
	}
	if i+1 < len(s) && s[i+1] >= utf8.RuneSelf && cjk(s[i+1:]) == cjkIdeograph {
		return true // 。 folded to '.' before Chinese: 我们会收集您的昵称。我们会…
	}
	if i+1 < len(s) && isWordByte(s[i+1]) {
		// "3.5", "example.com": a glued word. Treat as a sentence end only
		// when a long word precedes and a letter follows.
		return last != nil && len(last.text) > 3 && isLetter(s[i+1]) && !(i+2 < len(s) && isWordByte(s[i+2]) && looksLikeDomain(s[i+1:]))
	}
	return true
}

// cjkIdeograph is what cjk returns for a Chinese character.
const cjkIdeograph = 'i'

// cjk classifies the CJK character s starts with: cjkIdeograph for an
// ideograph (unified, extension A, compatibility), '.' for 。, ',' for 、,
// 's' for another CJK symbol or quote (U+3000 to U+303F: 「」《》【】), and 0
// for anything else.
func cjk(s string) byte {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF:
		return cjkIdeograph
	case r == '。':
		return '.'
	case r == '、':
		return ','
	case r >= 0x3000 && r <= 0x303F:
		return 's'
	}
	return 0
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// looksLikeDomain reports whether s starts like a domain label ("com",
// "cn/privacy"), so "example.com" is not split.
func looksLikeDomain(s string) bool {
	for _, tld := range []string{"com", "cn", "net", "org", "html", "htm", "io", "php"} {
		if len(s) >= len(tld) && strings.EqualFold(s[:len(tld)], tld) && (len(s) == len(tld) || !isWordByte(s[len(tld)])) {
			return true
		}
	}
	return false
}

// termTokens splits a cue phrase into token texts.
func termTokens(term string) []string {
	toks := tokenize(term, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

// trie maps token sequences to cue ids.
type trie struct {
	next map[string]*trie
	cues []int
}

func (t *trie) add(tokens []string, cue int) {
	n := t
	for _, w := range tokens {
		if n.next == nil {
			n.next = map[string]*trie{}
		}
		c := n.next[w]
		if c == nil {
			c = &trie{}
			n.next[w] = c
		}
		n = c
	}
	for _, id := range n.cues {
		if id == cue {
			return
		}
	}
	n.cues = append(n.cues, cue)
}

// hit is a matched cue: token range [first, last].
type hit struct {
	cue         int
	first, last int
}

// longest returns, for each start position, the cues of the longest phrase
// starting there, and skips past it: the leftmost-longest, non-overlapping
// reading used by the practice stage ("not only" wins over "not").
func (t *trie) longest(toks []token, out []hit) []hit {
	for i := 0; i < len(toks); {
		var best *trie
		end := i
		n := t
		for j := i; j < len(toks); j++ {
			n = n.next[toks[j].text]
			if n == nil {
				break
			}
			if len(n.cues) > 0 {
				best, end = n, j
			}
		}
		if best == nil {
			i++
			continue
		}
		for _, c := range best.cues {
			out = append(out, hit{cue: c, first: i, last: end})
		}
		i = end + 1
	}
	return out
}

// all returns every cue match, overlapping ones included: the reading used
// by the category scorer, where "privacy policy" and "changes to this privacy
// policy" are separate pieces of evidence.
func (t *trie) all(toks []token, out []hit) []hit {
	for i := range toks {
		n := t
		for j := i; j < len(toks); j++ {
			n = n.next[toks[j].text]
			if n == nil {
				break
			}
			for _, c := range n.cues {
				out = append(out, hit{cue: c, first: i, last: j})
			}
		}
	}
	return out
}

// eachCue calls fn for every cue match, overlapping ones included, as all
// does, without collecting them: the category scorer meets a few hits per
// token and needs only the cue.
func (t *trie) eachCue(toks []token, fn func(cue int)) {
	for i := range toks {
		n := t
		for j := i; j < len(toks); j++ {
			n = n.next[toks[j].text]
			if n == nil {
				break
			}
			for _, c := range n.cues {
				fn(c)
			}
		}
	}
}

// inflections returns the regular inflected forms of an English verb,
// including the base: share → shares, shared, sharing. Irregular forms
// ("sold", "kept") are listed in the rule files as terms of their own. Extra
// forms that are not words ("collectted") are harmless: they never match.
func inflections(v string) []string {
	forms := []string{v}
	if v == "" || v[0] >= 0x80 {
		return forms // not English: Chinese verbs do not inflect
	}
	n := len(v)
	last := v[n-1]
	vowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		forms = append(forms, v+"es")
	case last == 'y' && n > 1 && !vowel(v[n-2]):
		forms = append(forms, v[:n-1]+"ies")
	default:
		forms = append(forms, v+"s")
	}
	switch {
	case last == 'e':
		forms = append(forms, v+"d")
		if !strings.HasSuffix(v, "ee") {
			forms = append(forms, v[:n-1]+"ing")
		} else {
			forms = append(forms, v+"ing")
		}
	case last == 'y' && n > 1 && !vowel(v[n-2]):
		forms = append(forms, v[:n-1]+"ied", v+"ing")
	default:
		forms = append(forms, v+"ed", v+"ing")
		// Consonant-vowel-consonant endings double: "transfer" → "transferred".
		if n >= 3 && !vowel(last) && vowel(v[n-2]) && !vowel(v[n-3]) && strings.IndexByte("wxy", last) < 0 {
			forms = append(forms, v+string(last)+"ed", v+string(last)+"ing")
		}
	}
	return forms
}
