package loader

import "github.com/geokg/geokg/graph"

// Help frames: a party that helps or assists another party named as the
// verb's object ("Russia helped Iran build the reactor", "Canada will
// help Afghanistan rebuild its army", "North Korea was attempting to help
// Iran test a weapon", "Japan has agreed to help the United States
// strengthen its defences") gives it aid (CAMEO 070, "The USA helped the
// two exiled dissidents"). The lexicon holds no "help": as a noun ("asked
// for help from X", "economic help from the USSR") it names aid received
// or sought, and as a verb its subject is as often a thing as a party
// ("reforms that helped Turkey win", "the money will help Afghanistan").
// So the frame reads only the verb with a party right after it, and only
// with a party as its subject: the name before the verb and its
// auxiliaries, or before the verb of intent whose "to" governs it
// ("agreed to", "plans to", "is attempting to"), or before "which" or
// "who". A name before "to" is asked to help, not helping ("urged Japan
// to help Washington": requests.go reads the request), and a name after a
// preposition is no subject ("trade with China will help Venezuela").

// helpVerbs are the verb forms the frame starts at.
var helpVerbs = map[string]bool{
	"help": true, "helps": true, "helped": true, "helping": true,
	"assist": true, "assists": true, "assisted": true, "assisting": true,
}

// helpIntentWords govern a "to" whose helping their subject does or means
// to do: "agreed to help", "is trying to assist", "plans to help".
var helpIntentWords = map[string]bool{
	"agree": true, "agrees": true, "agreed": true, "decided": true, "decides": true,
	"intends": true, "intend": true, "intended": true, "plans": true, "plan": true, "planned": true, "planning": true,
	"try": true, "tries": true, "tried": true, "trying": true, "attempt": true, "attempts": true, "attempted": true, "attempting": true,
	"seek": true, "seeks": true, "sought": true, "seeking": true, "want": true, "wants": true, "wanted": true,
	"continue": true, "continues": true, "continued": true, "ready": true, "willing": true, "able": true,
	"working": true, "moved": true, "stepped": true,
	"intention": true, "intentions": true, "commitment": true, "readiness": true, "willingness": true, "decision": true,
}

// helpAnnouncing are the words between a subject and a noun of intent:
// "announced its intention to help", "expressed their readiness to".
var helpAnnouncing = map[string]bool{
	"announced": true, "announces": true, "unveiled": true, "unveils": true, "expressed": true, "expresses": true,
	"declared": true, "declares": true, "stated": true, "states": true, "reiterated": true, "reiterates": true,
	"confirmed": true, "confirms": true, "its": true, "their": true, "his": true, "her": true,
}

// helpAdverbs stand between a subject and its verb beside the auxiliaries.
var helpAdverbs = map[string]bool{
	"further": true, "directly": true, "actively": true, "greatly": true, "secretly": true, "quietly": true,
	"reportedly": true, "allegedly": true, "still": true, "now": true, "even": true, "previously": true,
	"currently": true, "repeatedly": true, "once": true, "indirectly": true, "substantially": true,
}

// helpClauseOpeners may stand before a subject that opens its clause:
// "and", "when the US agreed", "said that North Korea", "whether or not
// the IMF can". Any other word makes the name part of a phrase ("trade
// with China will help", "the decision from President Chirac helps").
var helpClauseOpeners = map[string]bool{
	"and": true, "but": true, "or": true, "not": true, "that": true, "while": true, "when": true, "as": true,
	"after": true, "because": true, "if": true, "whether": true, "since": true, "although": true,
	"though": true, "so": true, "where": true, "once": true, "until": true, "before": true,
}

// helpFrames reads the frame in a sentence.
func (a *article) helpFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if !tok.gates(gateHelp) || tok.punct || v.at[t] >= 0 || (t > firstWord(toks) && tok.upper) {
			continue
		}
		r := v.helpedParty(t)
		if r < 0 {
			continue
		}
		d := v.helpingParty(t)
		recipient := v.ms[r].ent
		var donors []*graph.Entity
		switch {
		case d >= 0:
			for _, n := range v.coordinated(d) { // "Norway, Egypt and the Soviet Union agreed to help OPEC"
				if e := v.ms[n].ent; e.Kind != graph.Location && e.ID != recipient.ID {
					donors = append(donors, e)
				}
			}
		case d == helpPronoun:
			// "Germany said it would help Poland": the verb rules resolve the pronoun.
			if e, _ := a.verbArguments(v, t, &eventRule{typ: graph.Aid}, &candidate{}); e != nil && e.Kind != graph.Location && e.ID != recipient.ID {
				donors = append(donors, e)
			}
		}
		if len(donors) == 0 || recipient.Kind == graph.Location {
			continue
		}
		c := &candidate{typ: graph.Aid, rule: "verb:help", confidence: 0.6, sent: s, trigger: t}
		if !a.setParties(c, donors, []*graph.Entity{recipient}) {
			continue
		}
		c.status = fatedStatus(toks, t, false, frameStatus(toks, t, true))
		c.location = v.eventLocation(t, c)
		out = append(out, c)
	}
	return out
}

// helpedParty returns the usable mention that is the object of the verb
// at t ("helped Iran", "assist the Dutch military"), or -1. A possessive
// makes the party the owner of what is helped ("help Brazil's debt
// crisis"), which names no recipient.
func (v *sentenceView) helpedParty(t int) int {
	toks := v.toks
	j := t + 1
	if j < len(toks) && toks[j].norm == "the" {
		j++
	}
	if j >= len(toks) {
		return -1
	}
	n := v.at[j]
	if n < 0 || v.ms[n].first != j || !usable(v.ms[n]) {
		return -1
	}
	if toks[v.ms[n].last].poss {
		return -1
	}
	return n
}

// helpPronoun is what helpingParty returns for a pronoun subject.
const helpPronoun = -2

// helpSubjectPronouns are the pronouns that stand for a helping party.
var helpSubjectPronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true}

// helpingParty returns the usable mention that is the subject of the verb
// at t, helpPronoun for a pronoun subject, or -1 (see the file's comment).
func (v *sentenceView) helpingParty(t int) int {
	toks := v.toks
	k := t - 1
	governed := false // passed a "to" and its verb of intent
	for ; k >= 0; k-- {
		w := toks[k].norm
		if v.at[k] >= 0 {
			break
		}
		switch {
		case w == "to":
			if governed || k == 0 {
				return -1
			}
			p := k - 1
			if !helpIntentWords[toks[p].norm] {
				return -1 // "urged Japan to help", "a loan to help"
			}
			governed = true
			k = p
		case helpSubjectPronouns[w]:
			return helpPronoun
		case auxiliaries[w] || helpAdverbs[w] || w == "being":
		case governed && helpAnnouncing[w]:
		case (w == "which" || w == "who" || w == "that") && k > 0:
			if toks[k-1].text == "," {
				k--
			}
			if k > 0 && v.at[k-1] >= 0 {
				continue
			}
			return -1
		default:
			return -1
		}
	}
	if k < 0 {
		return -1
	}
	n := v.at[k]
	m := v.ms[n]
	if !usable(m) || m.last != k || v.locative(n) {
		return -1
	}
	f := m.first
	if f > 0 && toks[f-1].norm == "the" {
		f--
	}
	if f <= firstWord(toks) {
		return n
	}
	if p := toks[f-1]; p.punct || helpClauseOpeners[p.norm] || p.is(classSpeech) {
		return n
	}
	return -1
}
