package loader

import "github.com/geokg/geokg/graph"

// A warning given to a named party as a noun after a verb of delivery:
// "Bush issued another warning to Iran", "Cheney sent a strong warning
// to the Iranian leadership", "the Community delivered warnings to both
// Japan and the United States", "Olmert has given warning to Hamas". The
// verb warn is read by the lexicon only beside a cue word of consequence;
// the delivered noun stands for the warning itself, so its sender
// threatens the party it goes to. Alerts are no threat: a travel or
// advance warning, one given to the sender's own side ("Tenet gave an
// urgent warning to Rice") and a warning not given ("gave no warning")
// are left alone.

// warningDeliveryVerbs deliver a warning to a party.
var warningDeliveryVerbs = map[string]bool{
	"issue": true, "issues": true, "issued": true, "issuing": true,
	"give": true, "gives": true, "gave": true, "given": true, "giving": true,
	"send": true, "sends": true, "sent": true, "sending": true,
	"deliver": true, "delivers": true, "delivered": true, "delivering": true,
	"sound": true, "sounds": true, "sounded": true, "sounding": true,
	"renew": true, "renews": true, "renewed": true, "renewing": true,
	"repeat": true, "repeats": true, "repeated": true, "repeating": true,
}

// alertWarnings make the warning an alert rather than a threat.
var alertWarnings = map[string]bool{"travel": true, "advance": true, "early": true, "storm": true, "weather": true, "health": true}

// warningNounReach bounds the words between the verb and the noun ("a
// strong", "another", "its final").
const warningNounReach = 4

// warningNouns reads the warnings described above.
func (a *article) warningNouns(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	toks := v.toks
	for t, tok := range toks {
		if tok.norm != "warning" && tok.norm != "warnings" || v.at[t] >= 0 {
			continue
		}
		verb := warningDeliveryVerb(toks, t)
		if verb < 0 || t+2 >= len(toks) || toks[t+1].norm != "to" {
			continue
		}
		k := t + 2
		for k < len(toks) && (toks[k].norm == "the" || toks[k].norm == "both") {
			k++
		}
		if k >= len(toks) || v.at[k] < 0 || v.ms[v.at[k]].first != k {
			continue
		}
		m := v.ms[v.at[k]]
		if m.modifier && !(m.last+1 < len(toks) && groupNouns[toks[m.last+1].norm]) {
			continue // "the Iranian leadership", not "the Iranian people"
		}
		if m.place || m.ent.Kind == graph.Location || toks[m.last].poss {
			continue
		}
		actor := a.speakerOf(v, verb, false)
		if actor == nil || actor.Kind == graph.Location {
			continue
		}
		var targets []*graph.Entity
		for _, n := range v.coordinated(v.at[k]) { // "warnings to both Japan and the United States"
			if e := v.ms[n].ent; e.Kind != graph.Location && !a.sameSide(actor, e) {
				targets = append(targets, e)
			}
		}
		if len(targets) == 0 {
			continue
		}
		c := &candidate{typ: graph.Threaten, rule: "noun:warning-to", confidence: 0.5, trigger: t, sent: s, status: graph.Reported}
		if !a.setParties(c, []*graph.Entity{actor}, targets) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// warningDeliveryVerb returns the index of the verb delivering the
// warning noun at t, or -1 where none stands within warningNounReach
// words before it or an alert word comes between.
func warningDeliveryVerb(toks []token, t int) int {
	for j := t - 1; j >= 0 && j >= t-warningNounReach; j-- {
		w := toks[j].norm
		if alertWarnings[w] || negations[w] || clauseBreak(toks[j]) {
			return -1
		}
		if warningDeliveryVerbs[w] {
			return j
		}
	}
	return -1
}
