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
	// listed reports whether the tokens (lo, hi) only join two items of a
	// list: "GPS, Wi-Fi or other network-based data", "your location,
	// Wi-Fi, Bluetooth".
	listed := func(lo, hi int) bool {
		if hi <= lo || hi-lo > 4 {
			return false
		}
		for k := lo + 1; k < hi; k++ {
			if t := s.toks[k].text; t != "," && !p.g.listJoiners[t] && !p.g.listFillers[t] {
				return false
			}
		}
		return true
	}
	var out map[int][]string
	for _, h := range a.locate.longest(s.toks, nil) {
		sent, id := s.sent[h.first], a.locateIDs[h.cue]
		if !slices.ContainsFunc(locs, func(l span) bool {
			return tied(l.last, h.first) || tied(h.last, l.first) ||
				slices.Contains(a.locateListed, id) && (listed(l.last, h.first) || listed(h.last, l.first))
		}) {
			continue
		}
		// A means listed with a location is an item of that list, and
		// the means after it in the list are too.
		locs = append(locs, span{h.first, h.last})
		if slices.Contains(out[sent], id) {
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

// definesGeneric reports whether sentence sent defines a generic kind of
// data, a generic id of app350.txt named before its definition cue (token
// at): "Personal information means information that identifies you, such
// as your name or e-mail address" gives examples of what the term covers,
// not data the policy collects, whereas "Device data means your device ID
// and ..." names what is collected under that name.
func (p *practiceRules) definesGeneric(s *scan, r *Result, sent, at int) bool {
	off := s.c.in.Offset
	for _, m := range r.Data {
		if !slices.ContainsFunc(p.app.generic, func(g string) bool { return isAncestor(g, m.Label) || g == m.Label }) {
			continue
		}
		if i, _ := slices.BinarySearch(s.start, m.Start-off); i < at && i < len(s.toks) && s.sent[i] == sent {
			return true
		}
	}
	return false
}

// carryToThird emits as third-party practices the data of the clause's
// first-party practices that stand before a third-party practice naming
// no data of its own — one on "it", "this information" or "such data" —
// with the same polarity: "We do not collect your location and do not
// share it with advertisers." The third-party practice must be a sharing
// or a sale.
func (p *practiceRules) carryToThird(r *Result, sentOf func(Practice) int, emit func([]string, string, string)) {
	a := p.app
	for i, pr := range r.Practices {
		if len(pr.Data) > 0 || pr.Action != ActionShare && pr.Action != ActionSell || a.suffix(pr) != "3rdParty" {
			continue
		}
		modality := ModalityPerformed
		if pr.Negated {
			modality = ModalityNotPerformed
		}
		sent := sentOf(pr)
		for _, q := range r.Practices[:i] {
			if q.Negated == pr.Negated && sentOf(q) >= sent-1 && a.suffix(q) == "1stParty" {
				emit(q.Data, "3rdParty", modality)
			}
		}
	}
}

type subsumedKey struct {
	sent int
	id   string
}

// subsumed returns the generic data ids of subsumed.* entries named in a
// sentence of the clause that also names an id that subsumes them: "web
// beacons are tiny graphics with a unique identifier", "cookies, pixel
// tags and other unique identifiers" speak of tracking technologies, not
// of identifiers of their own.
func (p *practiceRules) subsumed(c *clause, r *Result) []subsumedKey {
	a := p.app
	var out []subsumedKey
	for _, sub := range a.subsumes {
		var s *scan
		for _, m := range r.Data {
			if m.Label != sub[0] {
				continue
			}
			if s == nil {
				s = p.newScan(c)
			}
			sent := s.sentenceOf(m.Start - c.in.Offset)
			pfx, star := strings.CutSuffix(sub[1], "*")
			if slices.ContainsFunc(r.Data, func(o Mention) bool {
				return (o.Label == pfx || star && strings.HasPrefix(o.Label, pfx)) && s.sentenceOf(o.Start-c.in.Offset) == sent
			}) {
				out = append(out, subsumedKey{sent, sub[0]})
			}
		}
	}
	return out
}
