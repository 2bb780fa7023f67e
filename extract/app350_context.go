package extract

// Context rules of the APP-350 crosswalk (app350.go): what the sentence
// around a practice adds to or takes from the labels its data gives —
// the list heads the vocabulary drops ("demographic information such as
// age"), the kinds of location a sentence names as means ("your location,
// using Wi-Fi"), the ad networks that are a source and not a recipient
// ("from advertising partners"), and the denials of a sign-on.

import (
	"slices"
	"strings"
)

// listHeads maps each sentence of the clause to the list heads named in it
// (see clause.heads) that are head ids of app350.txt.
func (p *practiceRules) listHeads(c *clause) map[int][]string {
	var out map[int][]string
	for _, m := range c.heads {
		if !slices.Contains(p.app.heads, m.Label) {
			continue
		}
		if out == nil {
			out = map[int][]string{}
		}
		sent := p.newScan(c).sentenceOf(m.Start - c.in.Offset)
		out[sent] = append(out[sent], m.Label)
	}
	return out
}

// source reports whether party mention m is where data comes from rather
// than who gets it: a source word stands before it in its sentence, after
// the last trigger ("we receive information from advertising partners",
// "from third-party sources, including ad networks").
func (p *practiceRules) source(s *scan, m Mention) bool {
	if len(p.app.sources) == 0 {
		return false
	}
	i, _ := slices.BinarySearch(s.start, m.Start-s.c.in.Offset)
	if i >= len(s.toks) {
		return false
	}
	j := len(s.hits) - 1
	for j >= 0 && s.hits[j].first >= i {
		j--
	}
	for k := i - 1; k >= 0 && s.sent[k] == s.sent[i]; k-- {
		for j >= 0 && s.hits[j].last >= k {
			if s.hits[j].last == k && p.cues[s.hits[j].cue].kind == cueAction {
				return false
			}
			j--
		}
		if slices.Contains(p.app.sources, s.toks[k].text) {
			return true
		}
	}
	return false
}

// isLocation reports whether a data id is location or one of its kinds.
func isLocation(id string) bool {
	return id == "location" || strings.HasPrefix(id, "location.")
}

// located maps each sentence of the clause to the location kinds its
// locate.* phrases name when a locate.via word ties them to a location
// mention at most locateReach tokens away ("your location through GPS,
// Wi-Fi or cell towers", "your IP address, to determine your general
// location"). A means listed beside location ("IP address, location, device
// ID") is data of its own.
func (p *practiceRules) located(c *clause, r *Result) map[int][]string {
	a := p.app
	if len(a.locateIDs) == 0 || !slices.ContainsFunc(r.Data, func(m Mention) bool { return isLocation(m.Label) }) {
		return nil
	}
	s := p.newScan(c)
	off := c.in.Offset
	type span struct{ first, last int }
	var locs []span
	for _, m := range r.Data {
		if isLocation(m.Label) {
			i, _ := slices.BinarySearch(s.start, m.Start-off)
			j, _ := slices.BinarySearch(s.start, m.End-off)
			if i < j {
				locs = append(locs, span{i, j - 1})
			}
		}
	}
	via := a.locateVia.longest(s.toks, nil)
	// tied reports whether a via word stands in the tokens (lo, hi) of one
	// sentence, at most locateReach apart.
	tied := func(lo, hi int) bool {
		if hi <= lo || hi-lo > locateReach || s.sent[lo] != s.sent[hi] {
			return false
		}
		return slices.ContainsFunc(via, func(h hit) bool { return h.first > lo && h.last < hi })
	}
	var out map[int][]string
	for _, h := range a.locate.longest(s.toks, nil) {
		sent, id := s.sent[h.first], a.locateIDs[h.cue]
		if slices.Contains(out[sent], id) || !slices.ContainsFunc(locs, func(l span) bool {
			return tied(l.last, h.first) || tied(h.last, l.first)
		}) {
			continue
		}
		if out == nil {
			out = map[int][]string{}
		}
		out[sent] = append(out[sent], id)
	}
	return out
}

// locateReach is how far apart, in tokens, a means of locating and the
// location it finds may stand.
const locateReach = 25

// signonDenied reports whether a sign-on phrase is denied by what stands
// before it in its sentence, however far: a signon.not phrase ("you are not
// able to", "it is not possible to"), or a negation cue with no breaker
// after it ("you cannot log in to our apps using services such as Facebook
// Connect").
func (p *practiceRules) signonDenied(s *scan, hits []hit, h hit) bool {
	sent := s.sent[h.first]
	for _, o := range hits {
		if o.last < h.first && s.sent[o.first] == sent && p.app.ssoPractice[o.cue] == "signon.not" {
			return true
		}
	}
	for j := len(s.hits) - 1; j >= 0; j-- {
		o := s.hits[j]
		if o.last >= h.first {
			continue
		}
		if s.sent[o.first] != sent {
			return false
		}
		switch p.cues[o.cue].kind {
		case cueNegation:
			return true
		case cueBreaker:
			return false
		}
	}
	return false
}
