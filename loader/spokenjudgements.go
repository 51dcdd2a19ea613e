package loader

import "github.com/geokg/geokg/graph"

// This file widens the fallback reading of statements (fallback.go) to
// judgements a speaker passes on the one named party of a quotation or of
// reported speech: `"The United States has irrational arrangements," X
// said`, `X said "this oppressive America" ...`, "X said the rebels had
// grown intransigent". Annotators code such a critical statement as the
// speaker's ACCUSE of the party judged, and praise as his SUPPORT.
//
// The evaluative words, listed by polarity, are weaker cues than the
// fallback's own: near a party they often judge something else (a claim
// about the party, what was done to it, a thing it owns by way of "of").
// So a word counts only when the statement predicates it of the party:
// the party is the subject of the clause the word stands in, the word
// qualifies the party's name, or the party follows "by" as the agent of
// the noun the word qualifies. Words that judge a claim ("untrue",
// "fabricated", "misleading") and words with a common neutral sense
// ("wrong", "failed", "vicious" circle, currency "appreciation") stay out.

// disapprovingWords judge what a party does or says as bad.
var disapprovingWords = []string{
	"irrational", "unreasonable", "manipulation", "manipulative", "feeble", "pathetic", "pathetically", "malign",
	"immoral", "unethical", "repression", "repressive", "unwelcome", "unhelpful", "disgraceful", "disgusting",
	"upsetting", "arrogance", "bullying", "deceitful", "negligence", "negligent", "cynical", "scandalous",
	"appalling", "inexcusable", "intolerable", "unforgivable", "despicable", "heinous", "cowardly", "inhumane",
	"inhuman", "oppressive", "discriminatory", "reprehensible", "condemnable", "biased", "unlawful", "unlawfully",
	"brutal", "callous", "ruthless", "expansionist", "hegemonic", "hegemony", "meddling", "disproportionate",
	"indiscriminate", "inflammatory", "incitement", "slanderous", "defamatory", "intransigence", "intransigent",
	"incompetence", "mismanagement", "recklessness", "irresponsibility", "duplicity", "treachery", "aggressor",
	"excessive", "intimidation", "sabotage", "obstruction",
	"dishonest", "dishonesty", "untrustworthy", "unreliable", "irresponsibly", "illegally", "recklessly",
	"aggressively", "provocatively", "unfairly", "unjustly", "arrogantly", "brutally", "cruelly", "blatant",
	"flagrant", "flagrantly", "shameless", "shamelessly", "obstructive", "uncooperative", "insincere",
	"belligerence", "lawless", "lawlessness", "barbarism", "barbarity", "atrocious", "abhorrent", "monstrous",
	"greedy", "selfish", "protectionist", "intimidating",
}

// approvingWords judge what a party does or says as good.
var approvingWords = []string{
	"commendable", "admirable", "courageous", "statesmanlike", "praiseworthy", "laudable", "exemplary",
	"gratitude", "generous", "generosity",
}

// judgingWords map disapprovingWords and approvingWords to the event
// type they code.
var judgingWords = map[string]graph.EventType{}

func init() {
	for _, w := range disapprovingWords {
		judgingWords[w] = graph.Accuse
	}
	for _, w := range approvingWords {
		judgingWords[w] = graph.Support
	}
}

// clauseBreaks end the clause a judgement is predicated in: "X believes
// that it is irrational", "measures should Serbs decide".
var clauseBreaks = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "because": true, "if": true, "but": true,
	"while": true, "although": true, "when": true, "whether": true, "since": true, "should": true, ";": true, ":": true,
}

// judgedParty reports that the judging word at i is said of a party
// named at one of spans: the party is the subject of the clause the word
// stands in ("the United States has irrational arrangements", "the rebels
// have grown intransigent"), the word qualifies the party's name ("this
// oppressive America"), or the party is the agent after "by" of the noun
// the word qualifies ("feeble action by the United Nations"). An "of"
// after the noun names its object as often as its agent ("the brutal
// treatment of Iraqi prisoners"), so it does not count.
func judgedParty(toks []token, i int, spans [][2]int) bool {
	for _, sp := range spans {
		switch {
		case sp[1] < i && i-sp[1] <= cueReach:
			if !breakBetween(toks, sp[1]+1, i) && !supposedSubject(toks, sp[0]) && !deniedOpinion(toks, sp[0]) {
				return true
			}
		case sp[0] == i+1:
			return true
		case sp[0] > i && sp[0]-i <= agentReach && !breakBetween(toks, i+1, sp[0]):
			j := sp[0] - 1
			if toks[j].norm == "the" {
				j--
			}
			if j > i+1 && toks[j].norm == "by" {
				return true
			}
		}
	}
	return false
}

// supposedSubject reports a party named at first as the subject of a
// condition ("if the EC ignores the plan"): what it would do, not what it
// does.
func supposedSubject(toks []token, first int) bool {
	for j := first - 1; j >= 0 && j >= first-2; j-- {
		if w := toks[j].norm; w == "if" || w == "unless" || w == "whether" {
			return true
		}
	}
	return false
}

// deniedOpinion reports a negated verb of opinion shortly before a party
// named at first: "did not consider the Congress as protectionist".
func deniedOpinion(toks []token, first int) bool {
	for j := first - 1; j >= 0 && j >= first-4 && !toks[j].punct; j-- {
		if opinionVerbs[toks[j].norm] && negatedAt(toks, j) {
			return true
		}
	}
	return false
}

// agentReach bounds how far after a judging word the agent of the noun
// it qualifies may be named: "feeble action by the United Nations".
const agentReach = 5

// opinionVerbs make their subject the one who judges, not the one
// judged: "Chile believes the quota is excessive", "Chile called the plan
// irresponsible".
var opinionVerbs = map[string]bool{
	"believe": true, "believes": true, "believed": true, "think": true, "thinks": true, "thought": true,
	"consider": true, "considers": true, "considered": true, "regard": true, "regards": true, "regarded": true,
	"deem": true, "deems": true, "deemed": true, "feel": true, "feels": true, "felt": true, "find": true,
	"finds": true, "found": true, "call": true, "calls": true, "called": true, "described": true, "describes": true,
}

// breakBetween reports a clause break, a verb of saying or a verb of
// opinion in toks[from:to].
func breakBetween(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		if clauseBreaks[toks[j].norm] || opinionVerbs[toks[j].norm] || isQuoteMark(toks[j]) || speechAt(toks, j) {
			return true
		}
	}
	return false
}
