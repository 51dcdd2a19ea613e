package loader

import (
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads disparagement in reported speech beyond the copula
// verdicts judged reads: what a named speaker says a party does, when
// saying it condemns the party. "X said Y was lying", `"Y makes foolish
// remarks," X said`, `"What the Americans are doing in Iraq is a crime,"
// X said`, `"In Y it is lies," X said`. evaluations (speech.go) finds the
// speaker and the party; the speaker accuses the party.

// deceitVerbs condemn their subject by what they say it does: "Y is
// lying", "Y cheats", "Y oppresses its people".
var deceitVerbs = map[string]bool{
	"lies": true, "lied": true, "lying": true, "cheats": true, "cheated": true, "cheating": true,
	"deceives": true, "deceived": true, "deceiving": true, "misleads": true, "misled": true, "misleading": true,
	"oppresses": true, "oppressed": true, "oppressing": true, "terrorises": true, "terrorizes": true,
	"terrorised": true, "terrorized": true, "terrorising": true, "terrorizing": true, "bullies": true,
	"bullied": true, "bullying": true, "slanders": true, "slandered": true, "slandering": true,
	"fabricates": true, "fabricated": true, "fabricating": true, "distorts": true, "distorted": true,
	"distorting": true, "manipulates": true, "manipulated": true, "manipulating": true,
}

// placeAfterLies follows "lies" the verb of place, not of deceit: "Y lies
// in the south".
var placeAfterLies = map[string]bool{
	"in": true, "on": true, "at": true, "between": true, "within": true, "behind": true, "ahead": true, "near": true,
	"along": true, "across": true, "north": true, "south": true, "east": true, "west": true, "off": true, "just": true,
	"some": true,
}

// conductVerbs take as object what their subject does: "Y makes foolish
// remarks", "Y tells lies", "Y commits crimes", "Y spreads propaganda".
var conductVerbs = map[string]bool{
	"make": true, "makes": true, "made": true, "making": true, "tell": true, "tells": true, "telling": true,
	"commit": true, "commits": true, "committed": true, "committing": true, "spread": true, "spreads": true,
	"spreading": true, "perpetrate": true, "perpetrates": true, "perpetrated": true, "perpetrating": true,
	"practise": true, "practises": true, "practice": true, "practices": true, "practised": true, "practiced": true,
	"practising": true, "practicing": true, "utter": true, "utters": true, "uttered": true,
}

// disorderWords name a disorder of the mind a party is said to suffer
// from: "Y is suffering from psychological problems".
var disorderWords = map[string]bool{
	"psychological": true, "mental": true, "paranoia": true, "delusion": true, "delusions": true, "megalomania": true,
	"hysteria": true, "schizophrenia": true, "psychosis": true, "insanity": true, "madness": true, "amnesia": true,
}

// deceitNouns are what "in Y it is" says rules there: "in Y it is lies,
// it is coverups".
var deceitNouns = map[string]bool{
	"lies": true, "coverups": true, "cover-ups": true, "coverup": true, "cover-up": true, "deceit": true,
	"deception": true, "propaganda": true, "repression": true, "oppression": true, "terror": true, "fraud": true,
	"corruption": true, "tyranny": true, "dictatorship": true, "crime": true, "crimes": true, "lawlessness": true,
}

// mandateNouns are whom a party is said not to represent: "the regime
// does not represent the people".
var mandateNouns = map[string]bool{"people": true, "nation": true, "population": true, "citizens": true, "majority": true, "will": true}

// sufferedVerdict heads a complement that says what befell its subject,
// so that a verdict in it is on another: "Y were victims of a crime".
var sufferedVerdict = map[string]bool{"victim": true, "victims": true, "target": true, "targets": true, "subject": true, "prey": true}

// modals make a predicate a guess or a warning, not a verdict: "Y could
// be lying", "Y would make a mistake".
var modals = map[string]bool{"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true, "may": true, "might": true, "must": true}

// partySubjectStart returns the first token of the subject phrase the
// mention n heads, in the clause evaluations reads: the mention itself,
// or an article before it ("the Americans"), or the frame words
// disparaged reads ("what the Americans are doing", "in Iran it is").
func partySubjectStart(v *sentenceView, n int) int {
	toks := v.toks
	k := v.ms[n].first
	if k > 0 && toks[k-1].norm == "the" {
		k--
	}
	after := v.ms[n].last + 1
	switch {
	case k > 0 && toks[k-1].norm == "what" && doneAfter(toks, after) >= 0:
		k--
	case k > 0 && toks[k-1].norm == "in" && after+1 < len(toks) && toks[after].norm == "it" && copulas[toks[after+1].norm]:
		k--
	}
	return k
}

// frontedOpeners open an adverbial a quotation may start with before
// its subject: "Ever since it lost the war, Y has been ...", "In recent
// years, Y has ...". Not "if" or "unless": a condition is no verdict.
var frontedOpeners = map[string]bool{
	"since": true, "ever": true, "after": true, "when": true, "because": true, "although": true, "though": true,
	"while": true, "as": true, "for": true, "in": true, "over": true, "today": true, "now": true,
	"despite": true, "once": true, "again": true, "frankly": true, "clearly": true, "obviously": true,
}

// quoteOpening returns the quotation mark that opens the quotation whose
// subject phrase starts at start: the mark right before it (`"Y is ...`)
// or the one before a fronted adverbial (`"Ever since it lost the war,
// Y has been ...`). -1 when none does.
func quoteOpening(v *sentenceView, start int) int {
	toks := v.toks
	j := start - 1
	if j < 0 {
		return -1
	}
	if isQuoteMark(toks[j]) {
		return j
	}
	if toks[j].text != "," {
		return -1
	}
	for k := j - 1; k >= 0 && k >= j-maxArgGap; k-- {
		if isQuoteMark(toks[k]) {
			if k+1 < j && frontedOpeners[toks[k+1].norm] {
				return k
			}
			return -1
		}
		if toks[k].punct || clauseBreak(toks[k]) {
			return -1
		}
	}
	return -1
}

// namedSpeaker returns who says a reported clause: the person the
// speech verb names as its speaker over a state or group the subject
// search found first ("Canadian news Michael Ignatieff, the frontrunner,
// said": Ignatieff, not Canada), else the subject found.
func namedSpeaker(subject, speaker *graph.Entity) *graph.Entity {
	if subject != nil && subject.Kind != graph.Person && speaker.Kind == graph.Person {
		return speaker
	}
	return subject
}

// framedParty reports a subject phrase whose frame words ("what Y is
// doing", "in Y it is") open it.
func framedParty(v *sentenceView, start int) bool {
	return v.toks[start].norm == "what" || v.toks[start].norm == "in"
}

// disparaged reports whether the mention n, whose subject phrase starts
// at start, is condemned by a predicate other than a copula verdict on it:
//   - a verb of deceit or abuse: "Y is lying", "Y cheats", "Y oppresses";
//   - a verb whose object is a verdict: "Y makes foolish remarks", "Y
//     tells lies", "Y commits crimes";
//   - guilt ("Y is guilty of war crimes"), blood on its hands, a
//     disorder of the mind ("Y suffers from paranoia"), no mandate ("Y
//     does not represent the people", "Y has no right to");
//   - "what Y is doing (...) is a crime", "in Y it is lies".
//
// A modal, a negation (but that of a mandate) or a question cancels it.
func disparaged(v *sentenceView, n, start int) bool {
	toks := v.toks
	if slices.ContainsFunc(toks, func(t token) bool { return t.text == "?" }) {
		return false // "Is Y lying?": a question, no verdict
	}
	m := v.ms[n]
	if toks[m.last].poss {
		return false
	}
	k := m.last + 1
	switch toks[start].norm {
	case "what":
		return deedCondemned(v, k)
	case "in":
		return k+3 < len(toks) && toks[k].norm == "it" && copulas[toks[k+1].norm] && (deceitNouns[toks[k+2].norm] || toks[k+2].norm == "all" && deceitNouns[toks[k+3].norm])
	}
	if k < len(toks) && governingNouns[toks[k].norm] {
		k++ // "the Cuban regime does not represent"
	}
	be := false
	for ; k < len(toks) && (auxiliaries[toks[k].norm] || speakerAdverb(v, k)) && !negations[toks[k].norm]; k++ {
		if modals[toks[k].norm] {
			return false
		}
		be = be || copulas[toks[k].norm] || toks[k].norm == "been" || toks[k].norm == "be"
	}
	if k+2 >= len(toks) {
		return false
	}
	w := toks[k].norm
	switch {
	case negations[w]:
		return unmandated(toks, k)
	case deceitVerbs[w]:
		if be && !strings.HasSuffix(w, "ing") {
			return false // "Y was deceived": a passive, Y is the victim
		}
		return !(w == "lies" && placeAfterLies[toks[k+1].norm])
	case conductVerbs[w] && (!be || strings.HasSuffix(w, "ing")):
		for i := k + 1; i < len(toks) && i <= k+4; i++ {
			u := toks[i]
			if isVerdict(u.norm) || deceitNouns[u.norm] {
				return true
			}
			if v.at[i] >= 0 || judgementEnd[u.norm] || clauseBreak(u) || u.punct || negations[u.norm] {
				return false
			}
		}
	case w == "guilty" && be:
		return true // "Y is guilty of war crimes"
	case w == "blood":
		return toks[k+1].norm == "on" // "Y has blood on its hands"
	case w == "suffering" || w == "suffers" || w == "suffered" || w == "suffer":
		return toks[k+1].norm == "from" && (disorderWords[toks[k+2].norm] || k+3 < len(toks) && disorderWords[toks[k+3].norm])
	}
	return false
}

// unmandated reports, at the negation k, a denied mandate: "does not
// represent the people", "has no right to".
func unmandated(toks []token, k int) bool {
	switch {
	case toks[k+1].norm == "right" && toks[k+2].norm == "to":
		return toks[k].norm == "no"
	case toks[k+1].norm == "represent" || toks[k+1].norm == "represents":
		for i := k + 2; i < len(toks) && i <= k+5; i++ {
			if mandateNouns[toks[i].norm] {
				return true
			}
			if toks[i].punct {
				return false
			}
		}
	}
	return false
}

// doingVerbs say what a party does: "what Y is doing".
var doingVerbs = map[string]bool{"doing": true, "did": true, "does": true, "done": true, "do": true}

// doneAfter returns the verb of doing in the auxiliaries from k ("are
// doing", "has done"), or -1.
func doneAfter(toks []token, k int) int {
	for ; k < len(toks) && auxiliaries[toks[k].norm] && !doingVerbs[toks[k].norm]; k++ {
	}
	if k >= len(toks) || !doingVerbs[toks[k].norm] {
		return -1
	}
	return k
}

// deedCondemned reads "what Y is doing (in Z) is a crime" from k, the
// token after Y: a verb of doing, then within a few words a copula whose
// complement condemns.
func deedCondemned(v *sentenceView, k int) bool {
	toks := v.toks
	if k = doneAfter(toks, k); k < 0 {
		return false
	}
	for i := k + 1; i < len(toks) && i <= k+8; i++ {
		if copulas[toks[i].norm] {
			return copulaCondemns(v, i)
		}
		if clauseBreak(toks[i]) || toks[i].punct {
			return false
		}
	}
	return false
}
