package loader

import "github.com/geokg/geokg/graph"

// promiseLexicon holds the forms of promising the main lexicon leaves out
// because alone they read as something else: the -ing forms ("a promising
// start", "the offering") and "undertake" ("the task undertaken") promise
// only with an infinitive after them ("by promising to send troops",
// "undertook to withdraw"); "commit" promises only reflexively or in the
// perfect ("committed itself to sending troops", "has committed to
// holding talks"), since "crimes committed to" and "is committed to
// reform" state a deed or a stance. All read as the main
// lexicon's promise: AGREE (ANNOTATION.md), the act promised its own
// event.
var promiseLexicon = []lexEntry{
	{verbs: "promising pledging vowing offering undertake undertakes undertook undertaking commit commits committed committing", rule: eventRule{name: "promise", typ: graph.Agree, direct: true, preps: []string{"to"}}},
}

// promiseActForms are promiseLexicon's forms: each promises only an act
// (promiseAt).
var promiseActForms = map[string]bool{
	"promising": true, "pledging": true, "vowing": true, "offering": true, "undertake": true, "undertakes": true,
	"undertook": true, "undertaking": true, "commit": true, "commits": true, "committed": true, "committing": true,
}

// commitForms are the forms of "commit".
var commitForms = map[string]bool{"commit": true, "commits": true, "committed": true, "committing": true}

// perfectAuxiliaries make "committed to" an act of committing, not the
// state of being committed: "has committed to holding talks".
var perfectAuxiliaries = map[string]bool{"has": true, "have": true, "had": true}

// promiseAt reports a promiseLexicon form at t used as a promise: followed
// by an act (promisesAct), not a participle after a comma, and for
// "commit" reflexive or perfect ("committed itself to", "has committed
// to"), not the stance of "is committed to".
func promiseAt(toks []token, t int) bool {
	if !promisesAct(toks, t) {
		return false
	}
	if t > 0 && toks[t-1].text == "," {
		return false // ", offering to push the button": whose offer lies in the clause before, often out of reach
	}
	if !commitForms[toks[t].norm] {
		return true
	}
	return reflexives[toks[t+1].norm] || toks[t].norm == "committed" && t > 0 && perfectAuxiliaries[toks[t-1].norm]
}

// restraintPromised reports a promise not to act, the "to" of its
// infinitive at k: "vowed not to attack", "pledged never to use force".
// Restraint promised is an agreement, however hostile the act forgone.
func restraintPromised(toks []token, k int) bool {
	return k > 0 && (toks[k-1].norm == "not" || toks[k-1].norm == "never")
}

// hostilePromised reports whether an act of type typ, the infinitive at k
// of a promise, makes the promise a threat. Force, coercion and sanctions
// do; a deployment does only when aimed against someone ("vowed to send
// troops against the rebels"): promised to a place ("promised to send 200
// soldiers to Lebanon", "has promised to deploy in Somalia") it is a
// contribution the promiser commits to.
func hostilePromised(toks []token, k int, typ graph.EventType) bool {
	if !hostileTypes[typ] {
		return false
	}
	if typ != graph.Mobilize {
		return true
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if toks[j].norm == "against" {
			return true
		}
		if toks[j].punct || clauseBreak(toks[j]) {
			break
		}
	}
	return false
}

// reflexives commit their verb's subject: "committed itself to".
var reflexives = map[string]bool{"itself": true, "themselves": true, "himself": true, "herself": true}

// infinitiveOpeners may follow a "to" that leads a noun phrase, never an
// infinitive: "pledged to the force 500 troops".
var infinitiveOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "this": true, "that": true,
	"these": true, "those": true, "some": true, "more": true, "up": true, "date": true, "all": true, "each": true,
}

// promisesAct reports a verb at t whose object is an act, an infinitive
// or gerund after "to" ("pledged to send troops", "committed itself to
// sending troops"), rather than the troops themselves ("pledged 500 troops
// to the force"): the act's own rule reads the troops, and the verb is a
// promise of it.
func promisesAct(toks []token, t int) bool {
	k := t + 1
	if k < len(toks) && reflexives[toks[k].norm] {
		k++
	}
	if k+1 >= len(toks) || toks[k].norm != "to" {
		return false
	}
	w := toks[k+1]
	return !w.punct && !w.upper && !infinitiveOpeners[w.norm] && !isNumber(w.norm)
}

// vowForms are the forms of vowing and swearing, which state resolve
// rather than an offer to a party.
var vowForms = map[string]bool{
	"vow": true, "vows": true, "vowed": true, "vowing": true, "swear": true, "swears": true, "swore": true, "sworn": true, "swearing": true,
}

// committedTypes are the events a party vows to another when it vows to
// act: aid, backing, cooperation, talks, concessions and deployments where
// sent (hostilePromised reads deployments against someone).
var committedTypes = map[graph.EventType]bool{
	graph.Aid: true, graph.Support: true, graph.Cooperate: true, graph.Consult: true, graph.Agree: true,
	graph.Concede: true, graph.Retreat: true, graph.Mobilize: true,
}

// helpWords are verbs of help outside the lexicon: "vowed to help Haiti".
var helpWords = map[string]bool{"help": true, "assist": true, "rebuild": true, "cooperate": true}

// resolveVowed reports a vow or oath at t whose infinitive is no act done
// for or with another party: "vowed to track down the killers", "vowed
// to speak his mind regardless of Chinese sensibilities", "vowed to veto
// any tax increase voted by Congress". Such a vow states resolve, no
// agreement with anyone (a hostile one is a threat, hostileComplement);
// "vowed to send aid to Haiti" and "vowed to help Haiti" are promises.
func resolveVowed(toks []token, t int) bool {
	if !vowForms[toks[t].norm] {
		return false
	}
	k := t + 1
	if k < len(toks) && toks[k].norm != "to" && k+1 < len(toks) && toks[k+1].norm == "to" {
		k++ // "vowed not to", "swore publicly to"
	}
	if k+1 >= len(toks) || toks[k].norm != "to" {
		return false // "vowed support for", "vowed revenge": the object says what is vowed
	}
	if restraintPromised(toks, k) {
		return false // "vowed not to attack": restraint promised
	}
	w := toks[k+1].norm
	if helpWords[w] {
		return false
	}
	if tr := triggers[w]; tr != nil && tr.verb {
		for _, r := range tr.rules {
			if r.verbForms[w] && r.matches(toks, k+1) {
				return !committedTypes[r.typ]
			}
		}
	}
	return true
}

// pledgeForms are the forms of "pledge", which like "commit" promise
// troops or an act.
var pledgeForms = map[string]bool{"pledge": true, "pledges": true, "pledged": true, "pledging": true}

// pledgedAct reports a pledge or commitment at t of an act rather than of
// troops: "pledged to send troops", "committed itself to sending troops".
// Other verbs of giving keep the troops ("contributed to peacekeeping
// with 500 troops").
func pledgedAct(toks []token, t int) bool {
	return (pledgeForms[toks[t].norm] || commitForms[toks[t].norm]) && promisesAct(toks, t)
}
