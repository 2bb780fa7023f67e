package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/privtext/go-privtext/internal/rulefile"
)

// wordSet is a set of lower-case words.
type wordSet map[string]bool

// grammar holds the closed word classes of rules/grammar.txt: the function
// words the engine reads sentence structure with.
type grammar struct {
	titleSmall      wordSet  // title.small_words
	permitVerbs     wordSet  // permit.verbs, with their regular inflections
	coDeterminers   wordSet  // coordination.determiners
	subordinators   wordSet  // clause.subordinators
	passiveAux      wordSet  // passive.auxiliaries
	possessives     wordSet  // owner.possessives
	nonModifiers    wordSet  // owner.non_modifiers
	ownedFollower   wordSet  // owner.followers
	relativeAux     wordSet  // relative.auxiliaries
	clauseOpeners   wordSet  // relative.not_after
	verbBefore      wordSet  // trigger.verb_after
	joiners         wordSet  // coordination.joiners
	listJoiners     wordSet  // list.joiners
	listFillers     wordSet  // list.fillers
	imperative      wordSet  // imperative.openers
	recipientMarks  wordSet  // recipient.markers
	objectMarks     wordSet  // subject.not_after
	preverbMarks    wordSet  // recipient.before_verb
	unnamedMarks    wordSet  // recipient.unnamed_before_verb
	agentMarks      wordSet  // agent.markers
	agentNots       []string // agent.not
	sourceMarks     wordSet  // source.before_verb
	processorMarks  wordSet  // processor.before_verb
	disposalMarks   wordSet  // object.before_verb
	embedOpeners    wordSet  // user.embedded_after
	attributive     wordSet  // attributive.markers
	possessors      wordSet  // attributive.possessors
	permission      wordSet  // permission.words
	subordEnds      wordSet  // clause.subordinate_ends
	userImperative  wordSet  // user.imperative
	clauseJoiners   wordSet  // clause.joiners
	dataRefs        wordSet  // object.references
	dataHeads       wordSet  // object.heads
	refOpeners      wordSet  // object.reference_openers
	found           wordSet  // clause.found
	exempt          wordSet  // consent.exempt
	ownPlaces       wordSet  // recipient.own
	viewers         wordSet  // viewer.nouns
	viewerFollowers wordSet  // viewer.followers
	viewerCarriers  wordSet  // viewer.carriers
	userRecords     wordSet  // user.records
	viewerOwners    wordSet  // viewer.not_after
	measures        wordSet  // measure.heads
	frameOpen       wordSet  // frame.open
	frameClose      wordSet  // frame.close
	articleOpen     wordSet  // article.open
	exceptOpen      wordSet  // exception.frame_open
	exceptClose     wordSet  // exception.frame_close
	publicPlaces    wordSet  // display.public_places
	articleUnits    wordSet  // article.units
	articleModals   wordSet  // article.statement_modals
	beyond          wordSet  // recipient.beyond
	listLeads       wordSet  // list.lead
	resultative     wordSet  // attributive.complements
	dataRefFirst    wordSet  // the first characters of dataRefs and refOpeners, to skip most tokens at once
	userOwned       wordSet  // party.user_owned_after
	ownerLinks      wordSet  // party.owner_links
	shareMarks      wordSet  // recipient.before_share
	addressee       wordSet  // advice.addressee
	adviceBefore    wordSet  // advice.before
	adviceAfter     wordSet  // advice.after
	forSubject      wordSet  // infinitive.subject_markers
	infinitive      wordSet  // infinitive.markers
	objPronouns     wordSet  // object.pronouns
	controlVerbs    wordSet  // control.verbs, with their regular inflections
	controlFillers  wordSet  // control.fillers
	contSubjects    wordSet  // continuation.subjects
	contVerbs       wordSet  // continuation.verbs
	contNot         wordSet  // continuation.not_subjects
	listedNot       wordSet  // listed.not
	ownerOf         []string // owner.of: phrases, matched as word prefixes
}

// compileGrammar reads grammar.txt. Every class must be listed (the engine
// depends on each); an unknown label is an error, so a misspelt class in a
// user's file is not silently ignored.
func compileGrammar(l *loader) (*grammar, error) {
	entries, err := l.entries("grammar.txt")
	if err != nil {
		return nil, err
	}
	g := &grammar{}
	classes := []struct {
		label string
		set   *wordSet
	}{
		{"title.small_words", &g.titleSmall},
		{"permit.verbs", &g.permitVerbs},
		{"coordination.determiners", &g.coDeterminers},
		{"clause.subordinators", &g.subordinators},
		{"passive.auxiliaries", &g.passiveAux},
		{"owner.possessives", &g.possessives},
		{"owner.non_modifiers", &g.nonModifiers},
		{"owner.followers", &g.ownedFollower},
		{"relative.auxiliaries", &g.relativeAux},
		{"relative.not_after", &g.clauseOpeners},
		{"trigger.verb_after", &g.verbBefore},
		{"coordination.joiners", &g.joiners},
		{"list.joiners", &g.listJoiners},
		{"list.fillers", &g.listFillers},
		{"imperative.openers", &g.imperative},
		{"recipient.markers", &g.recipientMarks},
		{"subject.not_after", &g.objectMarks},
		{"recipient.before_verb", &g.preverbMarks},
		{"recipient.unnamed_before_verb", &g.unnamedMarks},
		{"agent.markers", &g.agentMarks},
		{"source.before_verb", &g.sourceMarks},
		{"processor.before_verb", &g.processorMarks},
		{"object.before_verb", &g.disposalMarks},
		{"user.embedded_after", &g.embedOpeners},
		{"attributive.markers", &g.attributive},
		{"attributive.possessors", &g.possessors},
		{"permission.words", &g.permission},
		{"clause.subordinate_ends", &g.subordEnds},
		{"user.imperative", &g.userImperative},
		{"clause.joiners", &g.clauseJoiners},
		{"object.references", &g.dataRefs},
		{"object.heads", &g.dataHeads},
		{"object.reference_openers", &g.refOpeners},
		{"clause.found", &g.found},
		{"consent.exempt", &g.exempt},
		{"recipient.own", &g.ownPlaces},
		{"viewer.nouns", &g.viewers},
		{"viewer.followers", &g.viewerFollowers},
		{"viewer.carriers", &g.viewerCarriers},
		{"user.records", &g.userRecords},
		{"viewer.not_after", &g.viewerOwners},
		{"measure.heads", &g.measures},
		{"frame.open", &g.frameOpen},
		{"frame.close", &g.frameClose},
		{"article.open", &g.articleOpen},
		{"exception.frame_open", &g.exceptOpen},
		{"exception.frame_close", &g.exceptClose},
		{"display.public_places", &g.publicPlaces},
		{"article.units", &g.articleUnits},
		{"article.statement_modals", &g.articleModals},
		{"recipient.beyond", &g.beyond},
		{"list.lead", &g.listLeads},
		{"attributive.complements", &g.resultative},
		{"party.user_owned_after", &g.userOwned},
		{"party.owner_links", &g.ownerLinks},
		{"recipient.before_share", &g.shareMarks},
		{"advice.addressee", &g.addressee},
		{"advice.before", &g.adviceBefore},
		{"advice.after", &g.adviceAfter},
		{"infinitive.subject_markers", &g.forSubject},
		{"infinitive.markers", &g.infinitive},
		{"object.pronouns", &g.objPronouns},
		{"control.verbs", &g.controlVerbs},
		{"control.fillers", &g.controlFillers},
		{"continuation.subjects", &g.contSubjects},
		{"continuation.verbs", &g.contVerbs},
		{"continuation.not_subjects", &g.contNot},
		{"listed.not", &g.listedNot},
	}
	byLabel := map[string]*wordSet{}
	for _, c := range classes {
		byLabel[c.label] = c.set
	}
	var errs rulefile.ErrorList
	for _, e := range entries {
		if e.Label == "owner.of" {
			for _, t := range e.Terms {
				g.ownerOf = append(g.ownerOf, strings.ToLower(t))
			}
			continue
		}
		if e.Label == "agent.not" {
			for _, t := range e.Terms {
				if t = strings.TrimSpace(t); t != "" {
					g.agentNots = append(g.agentNots, t)
				}
			}
			continue
		}
		set, ok := byLabel[e.Label]
		if !ok {
			errs = append(errs, &rulefile.Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf("unknown word class %q", e.Label)})
			continue
		}
		if *set == nil {
			*set = wordSet{}
		}
		for _, t := range e.Terms {
			t = strings.ToLower(t)
			if e.Label == "permit.verbs" || e.Label == "control.verbs" {
				for _, f := range inflections(t) {
					(*set)[f] = true
				}
				continue
			}
			(*set)[t] = true
		}
	}
	for _, c := range classes {
		if *c.set == nil {
			errs = append(errs, &rulefile.Error{File: "grammar.txt", Msg: fmt.Sprintf("word class %q is missing", c.label)})
		}
	}
	if g.ownerOf == nil {
		errs = append(errs, &rulefile.Error{File: "grammar.txt", Msg: `word class "owner.of" is missing`})
	}
	if g.agentNots == nil {
		errs = append(errs, &rulefile.Error{File: "grammar.txt", Msg: `word class "agent.not" is missing`})
	}
	g.dataRefFirst = wordSet{}
	for _, set := range []wordSet{g.dataRefs, g.refOpeners} {
		for w := range set {
			if r, n := utf8.DecodeRuneInString(w); n > 0 && r != utf8.RuneError {
				g.dataRefFirst[string(r)] = true
			}
		}
	}
	return g, errs.Err()
}
