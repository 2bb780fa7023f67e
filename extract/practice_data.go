package extract

// Where a practice's data comes from besides its own sentence: the
// sentences of its clause that name data but state no practice
// (inheritData), a reference to data named before (上述信息: referredData),
// the clause before it or a list's lead-in (continued, listed), and which
// affirmed practices only borrow the data a denial beside them denies
// (dropBorrowed), and which leave the data of a denial after them to it
// (dropLent). See practice.go for the stage as a whole.

import "slices"

// continued restates the practices of the clause's context (Input.Context)
// for the data a clause without a practice of its own names, when the
// clause opens as a continuation ("This includes your location").
func (p *practiceRules) continued(s *scan, r *Result) []Practice {
	if len(s.c.in.Context) == 0 || len(r.Data) == 0 || !p.continuation(s) {
		return nil
	}
	return restate(s.c.in.Context, r.Data)
}

// listed restates the practices of a list item's lead-in (Input.LeadIn)
// for the data the item names, when the item states no practice of its
// own and opens with its data, after list.fillers words at most ("Your
// e-mail address", "Device identifiers such as the IMEI"). Lists of steps
// ("Turn off location services") and of purposes ("To improve our
// service") open otherwise and take nothing, and so do items that define
// a term (a listed.not word: "Cookies are small text files"; or a definition
// cue: "Cookie是一种…").
func (p *practiceRules) listed(s *scan, r *Result) []Practice {
	in := s.c.in
	if len(in.LeadIn) == 0 || len(r.Data) == 0 {
		return nil
	}
	// The item opens where its first data mention does, or the head of a
	// list of data that the vocabulary folds into its items ("Device
	// identifiers such as the IMEI").
	open := r.Data[0].Start
	for _, m := range s.c.heads {
		open = min(open, m.Start)
	}
	first, _ := slices.BinarySearch(s.start, open-in.Offset)
	for i, t := range s.toks {
		if i < first && !p.g.listFillers[t.text] || p.g.listedNot[t.text] {
			return nil // "Turn off location services", "Cookies are small files"
		}
	}
	for _, h := range s.hits {
		if p.cues[h.cue].kind == cueDefinition {
			return nil // "Cookie是一种小型文本文件": a definition cue of practices.txt
		}
	}
	return restate(in.LeadIn, r.Data)
}

// restate gives each practice of from the data of mentions, its evidence
// span running over them.
func restate(from []Practice, mentions []Mention) []Practice {
	var data []string
	start, end := mentions[0].Start, mentions[0].End
	for _, m := range mentions {
		data = addLabel(data, m.Label)
		start, end = min(start, m.Start), max(end, m.End)
	}
	var out []Practice
	for _, pr := range from {
		pr.Data, pr.Start, pr.End = data, start, end
		pr.Recipients, pr.Purposes = slices.Clone(pr.Recipients), slices.Clone(pr.Purposes)
		if !slices.ContainsFunc(out, func(o Practice) bool { return samePractice(o, pr) }) {
			out = append(out, pr)
		}
	}
	return out
}

// samePractice reports whether two practices state the same thing.
func samePractice(a, b Practice) bool {
	return a.Action == b.Action && a.Negated == b.Negated && a.Actor == b.Actor &&
		a.Condition == b.Condition && slices.Equal(a.Recipients, b.Recipients) &&
		slices.Equal(a.Purposes, b.Purposes) && slices.Equal(a.Data, b.Data)
}

// continuation reports whether the clause opens with a continuation
// subject and a continuation verb within the three words after it ("This
// includes", "These may include", "Such information includes"), none of
// them a noun of something other than data ("These purposes include").
func (p *practiceRules) continuation(s *scan) bool {
	if len(s.toks) < 2 || !p.g.contSubjects[s.toks[0].text] {
		return false
	}
	for _, t := range s.toks[1:min(len(s.toks), 4)] {
		switch {
		case p.g.contVerbs[t.text]:
			return true
		case p.g.contNot[t.text]:
			return false // "These purposes include ..."
		}
	}
	return false
}

// inheritData gives the data of sentences without a trigger to the
// practices of the nearest preceding sentence with one: in "We collect
// information that identifies you. This includes your name and e-mail
// address." the second sentence says what the first collects. A definition
// with no practice before it goes to the nearest following one.
func (p *practiceRules) inheritData(s *scan, r *Result, out []Practice, sents []int, defAt map[int]int) {
	if len(out) == 0 || len(r.Data) == 0 {
		return
	}
	off := s.c.in.Offset
	hasTrigger := map[int]bool{}
	for _, sent := range sents {
		hasTrigger[sent] = true
	}
	for _, m := range r.Data {
		ms := s.sentenceOf(m.Start - off)
		if hasTrigger[ms] || p.addressed(s, ms) {
			continue
		}
		owner := -1
		for _, sent := range sents {
			if sent < ms && sent > owner {
				owner = sent
			}
		}
		if _, def := defAt[ms]; owner < 0 && def {
			// A definition before the practice it explains: "Personal
			// information means your name and e-mail address. We do not
			// collect personal information."
			for _, sent := range sents {
				if sent > ms && (owner < 0 || sent < owner) {
					owner = sent
				}
			}
		}
		if owner < 0 {
			continue
		}
		for i := range out {
			if sents[i] == owner {
				out[i].Data = addLabel(out[i].Data, m.Label)
			}
		}
	}
}

// dropBorrowed drops a Chinese affirmative practice whose object is no data
// (a word follows its trigger, and no data) and that holds only data a
// denial of the same action before it in its sentence denies: in 我们不会
// 保存您的人脸图像，仅保存核验结果 the face is not kept; what is kept names no
// data (只会在本地保存 keeps the face, on the device).
func (p *practiceRules) dropBorrowed(s *scan, r *Result, out []Practice, sents []int) ([]Practice, []int) {
	off := s.c.in.Offset
	drop := make([]bool, len(out))
	any := false
	for i, pr := range out {
		if pr.Negated || len(pr.Data) == 0 {
			continue
		}
		trig, _ := slices.BinarySearch(s.start, pr.Start-off)
		if trig >= len(s.toks) || cjk(s.toks[trig].text) != cjkIdeograph {
			continue
		}
		end := trig
		for end+1 < len(s.toks) && s.end[end] < pr.End-off {
			end++
		}
		if end+1 >= len(s.toks) || s.toks[end+1].punct || p.objectAt(s, r, end+1, min(len(s.toks), end+1+objectReach)) {
			continue // 只会在本地保存。: no object, nothing borrowed
		}
		// The practices are in text order: those of its sentence before
		// it stand right before it.
		for j := i - 1; j >= 0 && sents[j] == sents[i]; j-- {
			if q := out[j]; q.Negated && q.Action == pr.Action && q.Actor == pr.Actor &&
				q.Start < pr.Start && !slices.ContainsFunc(pr.Data, func(d string) bool { return !slices.Contains(q.Data, d) }) {
				drop[i], any = true, true
				break
			}
		}
	}
	if !any {
		return out, sents
	}
	return withoutDropped(out, sents, drop)
}

// dropLent takes out of a Chinese affirmative practice the data that only
// a denial of the same action after it in its sentence names, named
// nowhere before that denial, when the affirmation has data of its own
// between the two: in 合作商户只能看到汇总数据，看不到您的手机号码 the number is
// not shown.
func (p *practiceRules) dropLent(s *scan, r *Result, out []Practice, sents []int) {
	off := s.c.in.Offset
	for i := range out {
		pr := &out[i]
		if pr.Negated || len(pr.Data) < 2 || cjk(s.c.in.Text[pr.Start-off:]) != cjkIdeograph {
			continue
		}
		for j, q := range out {
			if j == i || !q.Negated || q.Action != pr.Action || q.Actor != pr.Actor || sents[j] != sents[i] || q.Start <= pr.End {
				continue
			}
			// own: named between the two triggers; before: named before
			// the denial, after any practice before the affirmation (您的订单
			// 信息我们会提供给商家…，但不会提供给其他第三方 shares the order, the
			// topic, with the merchant; in 我们会收集您的手机号码，商家可以看到…
			// the number is the collection's).
			from := 0
			for k, o := range out {
				if k != i && sents[k] == sents[i] && o.End <= pr.Start {
					from = max(from, o.End)
				}
			}
			// ... and after the punctuation that opens the affirmation's part.
			for k, _ := slices.BinarySearch(s.start, pr.Start-off); k > 0 && s.start[k-1]+off >= from; k-- {
				if s.toks[k-1].punct {
					from = s.end[k-1] + off
					break
				}
			}
			var own, before []string
			for _, m := range s.sentenceMentions(r.Data, sents[i]) {
				if m.Start >= from && m.Start < q.Start {
					before = append(before, m.Label)
					if m.Start >= pr.End {
						own = append(own, m.Label)
					}
				}
			}
			if len(own) > 0 {
				lent := func(d string) bool { return slices.Contains(q.Data, d) && !slices.Contains(before, d) }
				pr.Data = slices.DeleteFunc(pr.Data, lent)
				// The giver's sharing beside a collection from it has the
				// collection's trigger and data (合作方会向我们提供…).
				for k := range out {
					if o := &out[k]; k != i && !o.Negated && o.Start == pr.Start && o.End == pr.End {
						o.Data = slices.DeleteFunc(o.Data, lent)
					}
				}
			}
			break
		}
	}
}

// referredData gives a practice that names no data but refers back to data
// (an object.references phrase in the part of its sentence that holds its
// trigger: 不再基于上述信息向您推荐, 上述信息将提供给承保的保险公司) the data
// named before: the data mentions before the phrase in its sentence; when
// there are none and no object.heads word (信息) stands there either, the data of the
// affirmative practices of the nearest sentence before it in the clause
// that has some, else that of the affirmative practices of the clause
// before it (Input.Context). A denial is not what is referred to: in
// 我们不会使用您的种族信息。关闭后我们将不再根据上述信息推荐, the
// information is what the recommendations used.
func (p *practiceRules) referredData(s *scan, r *Result, out []Practice, sents []int) {
	off := s.c.in.Offset
	// The affirmed data of each sentence with practices, built once, on the
	// first reference to an earlier sentence: the lookups cost a binary
	// search each, however many sentences a clause has.
	var withData []int // sentences whose affirmative practices name data, ascending
	var affirmed map[int][]string
	// The data found are given after the loop, so that the table reads
	// the practices' own data only, whenever it is built.
	type found struct {
		i    int
		data []string
	}
	var given []found
	build := func() {
		affirmed = map[int][]string{}
		for j, o := range out {
			if !o.Negated && len(o.Data) > 0 {
				if _, ok := affirmed[sents[j]]; !ok {
					withData = append(withData, sents[j])
				}
				affirmed[sents[j]] = addLabels(affirmed[sents[j]], o.Data)
			}
		}
		slices.Sort(withData)
	}
	for i, pr := range out {
		if len(pr.Data) > 0 {
			continue
		}
		trig, _ := slices.BinarySearch(s.start, pr.Start-off)
		if trig >= len(s.toks) {
			continue
		}
		ref := p.referenceIn(s, trig)
		if ref < 0 {
			continue
		}
		var data []string
		first, _ := s.sentenceTokens(sents[i])
		k, _ := slices.BinarySearchFunc(r.Data, s.start[first]+off, func(m Mention, t int) int { return m.Start - t })
		for ; k < len(r.Data) && r.Data[k].Start-off < s.start[ref]; k++ {
			data = addLabel(data, r.Data[k].Label)
		}
		if len(data) > 0 || p.headBefore(s, ref) {
			given = append(given, found{i, data}) // 处理…收件人信息，不得将上述信息用于其他目的: it refers within its sentence
			continue
		}
		if affirmed == nil {
			build()
		}
		if n, _ := slices.BinarySearch(withData, sents[i]); n > 0 {
			data = slices.Clone(affirmed[withData[n-1]])
		}
		for _, o := range s.c.in.Context {
			if len(data) > 0 {
				break
			}
			if !o.Negated {
				data = addLabels(data, o.Data)
			}
		}
		given = append(given, found{i, data})
	}
	for _, g := range given {
		out[g.i].Data = g.data
	}
}

// headBefore reports whether an object.heads word (信息, 数据) stands
// before token k in its sentence, within partReach tokens: data the
// vocabulary may not know, which a reference after it refers to.
func (p *practiceRules) headBefore(s *scan, k int) bool {
	for i := k - 1; i >= 0 && i >= k-partReach && s.sent[i] == s.sent[k]; i-- {
		if endsWith(s, i, p.g.dataHeads) {
			return true
		}
	}
	return false
}

// referenceIn returns the first token of an object.references phrase in
// the part of its sentence that holds token k, or -1.
func (p *practiceRules) referenceIn(s *scan, k int) int {
	a, b := p.part(s, k, k)
	for i := a; i <= b; i++ {
		if p.referenceAt(s, i) {
			return i
		}
	}
	return -1
}
