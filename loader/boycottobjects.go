package loader

import "github.com/geokg/geokg/graph"

// Boycotts aimed at a host or at a state's goods.
//
// A boycott of a meeting is a SANCTION of whoever the meeting belongs to
// (ANNOTATION.md: sanctions and suspensions of ties are SANCTION). When the
// meeting names no parties ("boycotted the summit in Sri Lanka", "will
// boycott the conference hosted by Iran"), the state that holds it is the
// one snubbed: the country after "in", or the host after "hosted by". The
// same host must not read as a visit: staying away is the opposite of
// going there.
//
// A boycott noun carried by a support verb ("Sudan has initiated an
// official boycott of Danish products") takes its target in the phrase
// after it, as the verb does ("boycotted Danish products"); a demonym
// before goods names their state.
//
// An opposition's boycott of its own country's election or parliament is
// left unread: its target would be its own state, and the project keeps
// no edges from a state's own people to that state.

// boycottMeetingHost returns the state holding the meeting a
// "boycott-talks" verb at t governs: "boycotted the summit in Sri Lanka",
// "the conference hosted by Iran", "the meeting held in Tehran". It
// returns nil when the meeting names no host right after it.
func (a *article) boycottMeetingHost(v *sentenceView, t int) *graph.Entity {
	toks := v.toks
	for k := t + 1; k < len(toks) && k <= t+5; k++ {
		if toks[k].punct || clauseBreak(toks[k]) || v.at[k] >= 0 && !v.ms[v.at[k]].modifier {
			return nil
		}
		if !meetingNouns[toks[k].norm] {
			continue
		}
		j := k + 1
		if j+1 < len(toks) && (toks[j].norm == "hosted" || toks[j].norm == "held" || toks[j].norm == "organised" || toks[j].norm == "organized") {
			j++
		}
		if j+1 >= len(toks) || toks[j].norm != "in" && toks[j].norm != "by" || toks[j].norm == "by" && j == k+1 {
			return nil
		}
		if toks[j].norm == "in" {
			if n := v.countryIn(j); n >= 0 {
				return v.ms[n].ent
			}
		}
		if n := v.at[j+1]; n >= 0 && v.ms[n].first == j+1 && !v.ms[n].modifier {
			if toks[j].norm == "in" {
				return a.countryOf(v.ms[n].ent) // "in Tehran": the city's country
			}
			return v.ms[n].ent
		}
		return nil
	}
	return nil
}

// boycottedHosting reports the "hosted by" at t of a meeting a boycott
// verb governs: "boycotted the conference hosted by Iran" is no visit.
func boycottedHosting(toks []token, t int) bool {
	if t < 2 || !meetingNouns[toks[t-1].norm] {
		return false
	}
	for k := t - 2; k >= 0 && k >= t-5; k-- {
		if boycottVerbs[toks[k].norm] {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// boycottVerbs are the forms of "boycott" as a verb.
var boycottVerbs = map[string]bool{"boycott": true, "boycotts": true, "boycotted": true, "boycotting": true}

// boycottObject returns what a boycott noun at t carried by a support
// verb is aimed at: the first name or demonym within four words after
// "of", "on" or "against" ("an official boycott of Danish products"), or
// nil.
func (v *sentenceView) boycottObject(t int) *graph.Entity {
	toks := v.toks
	k := t + 1
	if k >= len(toks) || toks[k].norm != "of" && toks[k].norm != "on" && toks[k].norm != "against" {
		return nil
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if n := v.at[j]; n >= 0 {
			if usable(v.ms[n]) || v.ms[n].modifier && !v.ms[n].place {
				return v.ms[n].ent
			}
			return nil
		}
		if toks[j].punct || clauseWords[toks[j].norm] || prepositions[toks[j].norm] {
			return nil
		}
	}
	return nil
}
