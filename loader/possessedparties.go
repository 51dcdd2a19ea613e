package loader

import "github.com/geokg/geokg/graph"

// This file reads noun phrases whose head names people other than the
// person who owns them: "Calderón's supporters", "Politkovskaya's
// killers", "members of MacKay's family", "Haniyeh's aides". What is done
// to them is not done to their owner: "Lopez Obrador accused Calderón's
// supporters of fraud" accuses no Calderón, "Putin vowed to punish
// Politkovskaya's killers" threatens no Politkovskaya, and the event the
// nearest name gave the owner is dropped. kinsubjects.go reads the same
// phrases as subjects. The heads that act for their owner stay his: his
// spokesman, government, office, party or campaign ("Putin's spokesman
// criticised", "the Blair government"), and an organisation named after
// the possessive ("al-Sadr's Mahdi Army") is an entity of its own, which
// the mention rules already read in the owner's place.

// opposedNouns are people set against their owner or acting on him,
// never for him: those who harmed him (harmDoers, wrongedparties.go:
// "Politkovskaya's killers") and his adversaries ("Chávez's critics").
var opposedNouns = func() map[string]bool {
	m := map[string]bool{"critics": true, "opponents": true, "rivals": true, "detractors": true, "enemies": true, "challengers": true}
	for w := range harmDoers {
		m[w] = true
	}
	return m
}()

// retainerNouns are people who work for their owner. They may speak for
// him ("Annan's aides met Iranian officials"), so they are no subject
// this file reads; but what is done to them ("arrested Haniyeh's aides",
// "indicted a DeLay aide") is done to them, not to him.
var retainerNouns = map[string]bool{
	"aide": true, "aides": true, "lawyer": true, "lawyers": true, "attorney": true, "attorneys": true,
	"bodyguard": true, "bodyguards": true, "associate": true, "associates": true, "staffers": true,
}

// maxKinAside bounds the words of a comma-enclosed aside between an owned
// subject and its verb: "Ion's father, who is a senator from the Social
// Democratic Party, urged", "Bhutto's supporters, including her party,
// the Pakistan People's Party, demand".
const maxKinAside = 20

// asideLength returns how many tokens an aside opening with a comma at e
// spans, up to and including the last comma before the trigger t, or 0
// when no aside stands there: the verb that follows it still belongs to
// the subject before it.
func asideLength(toks []token, e, t int) int {
	if e >= t || e >= len(toks) || toks[e].text != "," {
		return 0
	}
	last := -1
	for j := e + 1; j < t && j <= e+maxKinAside; j++ {
		u := toks[j]
		if u.text == "," {
			last = j
			continue
		}
		if u.punct || u.norm == "and" && last == j-1 {
			return 0 // a bracket, a quotation or ", and": no plain aside
		}
	}
	if last < 0 || t-last > kinReach {
		return 0
	}
	return last - e + 1
}

// dropOwnedTargets removes, from the candidates the sentence toks (with
// mentions ms) added from index from on, those whose first target is a
// person named only as the owner of people other than him.
func (a *article) dropOwnedTargets(toks []token, ms []mention, from int) {
	a.dropFound(from, func(c *candidate) bool { return targetOwnsOthers(toks, ms, c) })
}

// targetOwnsOthers reports a candidate whose first target, a person, is named
// after the trigger and only as the owner of relatives, followers,
// opponents or retainers ("accused Calderón's supporters", "the supporters
// of Nawaz Sharif", "met members of MacKay's family").
func targetOwnsOthers(toks []token, ms []mention, c *candidate) bool {
	if len(c.targets) == 0 || c.targets[0].Kind != graph.Person || c.trigger < 0 || c.trigger >= len(toks) {
		return false
	}
	owned := false
	for _, m := range ms {
		if m.ent != c.targets[0] {
			continue
		}
		if otherPartyNounOf(toks, m) < 0 {
			return false // named on its own: the person may be the target
		}
		owned = owned || m.first > c.trigger
	}
	return owned
}

// otherPartyNounOf returns the index of the noun of people other than him
// that the mention m owns ("Calderón's supporters", "DeLay aide", "the
// killers of Anna Politkovskaya"), or -1.
func otherPartyNounOf(toks []token, m mention) int {
	if k := m.last + 1; k < len(toks) && retainerNouns[toks[k].norm] {
		return k
	}
	return kinNounOf(toks, m)
}
