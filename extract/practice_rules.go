package extract

// Compilation of rules/practices.txt: see practice.go for how the cues are
// used and rules/README.md for the file format.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/privtext/go-privtext/internal/rulefile"
)

// actorUser is the subject "you": what the user does is no practice of
// the policy's (the practice is in cues with a fixed actor such as "you
// provide us", first-party collection).
const actorUser = "user"

// practiceCueKind is what a practices.txt cue means.
type practiceCueKind uint8

const (
	cueAction practiceCueKind = iota + 1
	cueActor
	cueNegation
	cueException
	cueRestrict
	cueCondition
	cueBreaker
	cueIgnore
	cueExclusion
	cueDefinition
	cueQuestion
	cueBasis
)

// practiceCue is one compiled practices.txt term.
type practiceCue struct {
	kind   practiceCueKind
	value  string // action id, actor, or condition id
	actor  string // fixed actor for action cues, "" when inferred
	byUser bool   // an action cue that is a practice only with the user as subject
	// dataSubject: an action cue whose subject is the data, read like a
	// passive verb ({subject=data}: 您的个人信息不会出境).
	dataSubject bool
	// bySeer: a verb of seeing whose subject, a third party, is shown the
	// data: the first party shares it ({subject=viewer}: 直播间的观众能够
	// 看到您的画面).
	bySeer bool
	// negative: an action cue that holds its own negation ({negated=yes}:
	// 看不到 "cannot see").
	negative bool
	toWord   string // an action cue that is a practice only with a third party after this word in its sentence
	// objectAfter: an action cue that is a practice only with data named
	// after it in its sentence, before the next trigger ({object=after}).
	objectAfter bool
	objectReach int // how many tokens after it its data may start ({object=after, reach=N}; default objectReach)
	// givingPurpose: after a trigger of giving in its sentence, the cue
	// states that trigger's purpose and no practice ({purpose=giving}).
	givingPurpose bool
	head          bool // an exception that qualifies a denial after it on its own ("if you opt out, ...")
	// keepDenial: an exception after which the denial is reported too,
	// beside the practice on the exception's condition ({denial=keep}).
	keepDenial bool
	reach      int // negation reach in tokens
	// data: a data id the cue names itself ({data=contact.phone}: 通过短信
	// 向您发送 uses the phone number, named or not).
	data string
}

// practiceRules holds the compiled practice, polarity, category and APP-350
// rules. It is immutable after compilation and safe for concurrent use.
type practiceRules struct {
	g    *grammar // function words (grammar.txt), shared
	cues []practiceCue
	trie trie
	cat  *categoryRules
	app  *app350Rules
}

var knownActions = map[string]bool{
	ActionCollect: true, ActionUse: true, ActionShare: true, ActionSell: true,
	ActionStore: true, ActionTransferAbroad: true, ActionDelete: true,
}

func compilePracticeRules(l *loader) (*practiceRules, error) {
	var errs rulefile.ErrorList
	add := func(err error) {
		if list, ok := err.(rulefile.ErrorList); ok {
			errs = append(errs, list...)
		} else if err != nil {
			errs = append(errs, &rulefile.Error{File: "?", Msg: err.Error()})
		}
	}
	p := &practiceRules{}
	entries, err := l.entries("practices.txt")
	add(err)
	for _, e := range entries {
		add(p.addEntry(e))
	}
	p.cat, err = compileCategoryRules(l)
	add(err)
	p.app, err = compileAPP350Rules(l)
	add(err)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *practiceRules) addEntry(e rulefile.Entry) error {
	bad := func(format string, args ...any) error {
		return rulefile.ErrorList{{File: e.File, Line: e.Line, Msg: fmt.Sprintf(format, args...)}}
	}
	cue := practiceCue{reach: 5}
	head, rest, _ := strings.Cut(e.Label, ".")
	switch head {
	case "action":
		if !knownActions[rest] {
			return bad("unknown action %q", rest)
		}
		cue.kind, cue.value = cueAction, rest
		if a := e.Attr("actor"); a != "" {
			if a != ActorFirstParty && a != ActorThirdParty {
				return bad("actor must be %s or %s, not %q", ActorFirstParty, ActorThirdParty, a)
			}
			cue.actor = a
		}
		cue.toWord = strings.ToLower(e.Attr("recipient"))
		cue.data = e.Attr("data")
		switch o := e.Attr("object"); o {
		case "":
		case "after":
			n, ok := reachAttr(e, objectReach, 1, 40)
			if !ok {
				return bad("reach must be an integer in 1..40, not %q", e.Attr("reach"))
			}
			cue.objectAfter, cue.objectReach = true, n
		default:
			return bad("object must be after, not %q", o)
		}
		switch n := e.Attr("negated"); n {
		case "":
		case "yes":
			cue.negative = true
		default:
			return bad("negated must be yes, not %q", n)
		}
		switch pp := e.Attr("purpose"); pp {
		case "":
		case "giving":
			cue.givingPurpose = true
		default:
			return bad("purpose must be giving, not %q", pp)
		}
		switch sub := e.Attr("subject"); sub {
		case "":
		case actorUser:
			cue.byUser = true
		case "data":
			cue.dataSubject = true
		case "viewer":
			cue.bySeer = true
		default:
			return bad("subject must be %s, data or viewer, not %q", actorUser, sub)
		}
	case "actor":
		if rest != ActorFirstParty && rest != ActorThirdParty && rest != actorUser {
			return bad("unknown actor %q", rest)
		}
		cue.kind, cue.value = cueActor, rest
	case "condition":
		if rest == "" {
			return bad("condition needs an id: condition.<id>")
		}
		cue.kind, cue.value = cueCondition, rest
	case "negation":
		cue.kind = cueNegation
		n, ok := reachAttr(e, cue.reach, 0, 20)
		if !ok {
			return bad("reach must be an integer in 0..20, not %q", e.Attr("reach"))
		}
		cue.reach = n
	case "exception":
		cue.kind = cueException
		cue.head = e.Attr("head") == "yes"
		switch d := e.Attr("denial"); d {
		case "":
		case "keep":
			cue.keepDenial = true
		default:
			return bad("denial must be keep, not %q", d)
		}
	case "restrict":
		cue.kind = cueRestrict
	case "breaker":
		cue.kind = cueBreaker
	case "ignore":
		cue.kind = cueIgnore
	case "exclusion":
		cue.kind = cueExclusion
	case "definition":
		cue.kind = cueDefinition
	case "question":
		cue.kind = cueQuestion
	case "basis":
		cue.kind = cueBasis
	default:
		return bad("unknown label %q (want action.*, actor.*, condition.*, negation, exception, restrict, breaker, exclusion, definition, question, basis, ignore)", e.Label)
	}
	if cue.kind != cueAction && rest != "" && cue.kind != cueActor && cue.kind != cueCondition {
		return bad("label %q takes no suffix", e.Label)
	}
	inflect := cue.kind == cueAction && e.Attr("inflect") != "no"
	id := len(p.cues)
	p.cues = append(p.cues, cue)
	for _, term := range e.Terms {
		toks := termTokens(term)
		if len(toks) == 0 {
			return bad("term %q has no words", term)
		}
		if !inflect {
			p.trie.add(toks, id)
			continue
		}
		for _, form := range inflections(toks[0]) {
			p.trie.add(append([]string{form}, toks[1:]...), id)
		}
	}
	return nil
}

// reachAttr returns the entry's {reach=N} in lo..hi, or def when it sets
// none; ok is false for any other value.
func reachAttr(e rulefile.Entry, def, lo, hi int) (n int, ok bool) {
	r := e.Attr("reach")
	if r == "" {
		return def, true
	}
	n, err := strconv.Atoi(r)
	return n, err == nil && n >= lo && n <= hi
}
