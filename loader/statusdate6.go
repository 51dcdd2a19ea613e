package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// Status and date fixes from a sixth audit of random events on news the
// rules were not tuned on.
//
// A verb of asking takes an event noun with a named possessor as its
// object as well as a bare one: "demanded Saadat's surrender", "called
// for Israel's immediate withdrawal", "requested Japanese sanctions"
// (requestedNamedNoun). Only the request happened.
//
// An act that a legislature or an official authorizes or approves is
// planned, not done: "authorized sending troops into Iraq", "approved the
// deployment of troops to Lebanon" (authorizedAct).
//
// "Can" puts the act it governs among the possible, as "could" does:
// "Iran can strike Israel", "agents who can reach Europe and kidnap
// Americans" (a word-list entry in status.go and clausescope.go).

// canReach bounds the words between "can" and the act it puts in doubt:
// "can deploy troops", "can fully withdraw". Further on, "can" governs a
// verb of its own ("can do his job effectively so he has been withdrawn").
const canReach = 2

// canGoverns reports whether the "can" at k governs the trigger at t: it
// is the modal, not the noun ("auction the can"), and near enough.
func canGoverns(toks []token, k, t int) bool {
	return t-k <= canReach && (k == 0 || !determiners[toks[k-1].norm])
}

// requestedNamedNoun reports an event noun at t whose phrase, with a
// named possessor or modifier, is the object of a verb of asking:
// "demanded Ahmed Saadat's surrender", "called for Israel's immediate
// withdrawal", "demands for Syria's withdrawal", "requested Japanese
// government sanctions". requestedNoun stops at the first name.
func requestedNamedNoun(v *sentenceView, t int) bool {
	toks := v.toks
	named := false
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		u := toks[k]
		w := u.norm
		if u.punct || u.digit {
			return false
		}
		if named && requestNounGovernors[w] {
			return true
		}
		if named && w == "for" && k > 0 && (requestNounGovernors[toks[k-1].norm] || strings.HasPrefix(toks[k-1].norm, "call")) {
			return true // "called for Israel's withdrawal", "demands for Syria's withdrawal"
		}
		switch {
		case u.upper || u.poss:
			named = true
		case determiners[w] || possessorWords[w]:
		default:
			return false
		}
	}
	return false
}

// possessorWords may stand in the phrase between a verb of asking and the
// event noun it asks for: "demanded the Syrian army's complete withdrawal".
var possessorWords = map[string]bool{
	"immediate": true, "complete": true, "full": true, "unconditional": true, "prompt": true,
	"government": true, "army": true, "military": true, "forces": true, "troops": true,
}

// authorizingVerbs give leave for an act that has not yet happened.
var authorizingVerbs = map[string]bool{
	"authorized": true, "authorised": true, "authorizes": true, "authorises": true, "authorize": true, "authorise": true,
	"authorizing": true, "authorising": true, "approved": true, "approves": true, "approve": true, "approving": true,
}

// authorizedNouns name acts carried out once leave is given; an approved
// "agreement" or "treaty" is another matter (ratification).
var authorizedNouns = map[string]bool{
	"deployment": true, "dispatch": true, "sending": true, "invasion": true, "attack": true, "attacks": true, "strike": true,
	"strikes": true, "withdrawal": true, "sale": true, "transfer": true, "release": true, "sanctions": true, "mission": true,
	"incursion": true, "incursions": true, "operation": true, "operations": true,
}

// authorizedAct returns graph.Planned for an act that an authorizing
// verb governs: a gerund right after it ("authorized sending troops") or
// an event noun in its object ("approved the deployment of troops",
// "authorizing the use of force"). The authorization happened; the act
// is to come.
func authorizedAct(toks []token, t int, verb bool) (graph.Status, bool) {
	if verb {
		if t >= 1 && authorizingVerbs[toks[t-1].norm] && len(toks[t].norm) > 4 && toks[t].norm[len(toks[t].norm)-3:] == "ing" {
			return graph.Planned, true
		}
		return "", false
	}
	if !authorizedNouns[toks[t].norm] {
		return "", false
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		w := toks[k].norm
		if authorizingVerbs[w] {
			return graph.Planned, true
		}
		if toks[k].punct || !determiners[w] && w != "military" {
			return "", false
		}
	}
	return "", false
}
