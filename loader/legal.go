package loader

import (
	"sync"

	"github.com/geokg/geokg/graph"
)

// This file reads acts of courts and of states at law against one
// another and against people:
//   - orders: "the court ordered Russia to halt", "X ordered Y to pay
//     compensation": X demands of Y (REQUEST, mode demand). An order that
//     names no party ("ordered troops to", "ordered the arrest of",
//     "ordered an investigation") is not read (see toldToAct);
//   - rulings against a party: "the court ruled against Turkey", "found
//     that Italy had violated the convention", "found Italy in breach of"
//     (ACCUSE);
//   - proceedings brought: "X brought charges against Y", "X filed a case
//     against Y at the court", "X took Y to court" (ACCUSE, like the
//     lawsuits of disputes.go);
//   - a court's ambiguous acronym ("the ICC", which is also a cricket
//     council) names the court in a sentence about justice: "The ICC
//     indicted Omar al-Bashir";
//   - extradition sought: "Spain requested the extradition of X from
//     Britain" asks Britain (REQUEST); "X was extradited from Britain to
//     Spain" is Britain's judicial cooperation with Spain.

// legalLexicon holds the verbs of court orders and rulings. It goes
// before the general lexicon; "ordered" keeps its expulsion senses
// ("ordered the diplomat to leave"), which come earlier.
var legalLexicon = []lexEntry{
	// "ordered Russia to halt": only with a named party right before "to".
	{verbs: "order orders ordered ordering", rule: eventRule{name: "order-to", typ: graph.Request, mode: "demand", need: []string{"to"}, window: 7, direct: true}},
	// "ruled against Turkey"; "ruled in favour of" is no accusation.
	{verbs: "ruled rules", rule: eventRule{name: "rule-against", typ: graph.Accuse, need: []string{"against"}, window: 1, preps: []string{"against"}}},
}

// legalRule stands for the frames of this file when their subject is read
// with verbArguments.
var legalRule = eventRule{name: "legal", typ: graph.Accuse}

// chargeNouns are proceedings brought against a party: "brought charges
// against", "filed a case against".
var chargeNouns = map[string]bool{"charges": true, "charge": true, "case": true, "cases": true, "proceedings": true, "indictment": true, "indictments": true}

// chargeVerbs bring charges, beside the lawsuit verbs of disputes.go:
// "pressed charges", "laid charges", "levelled charges".
var chargeVerbs = map[string]bool{"pressed": true, "press": true, "presses": true, "laid": true, "lay": true, "levelled": true, "leveled": true, "levels": true}

// takeForms take a party to court.
var takeForms = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "taken": true}

// rulingBreachVerbs state what a ruling finds a party did: "found that Italy
// had violated the convention".
var rulingBreachVerbs = map[string]bool{
	"violated": true, "breached": true, "infringed": true, "broke": true, "broken": true, "committed": true, "violates": true,
	"breaches": true, "violate": true, "breach": true,
}

// findingVerbs state a ruling or finding: "the court found that".
var findingVerbs = map[string]bool{"found": true, "finds": true, "ruled": true, "rules": true, "concluded": true, "held": true, "determined": true}

// extraditionRequests ask for an extradition: "requested the extradition
// of", "sought his extradition", "asked for the extradition".
var extraditionRequests = map[string]bool{
	"requested": true, "request": true, "requests": true, "requesting": true, "sought": true, "seek": true, "seeks": true,
	"seeking": true, "demanded": true, "demand": true, "demands": true, "demanding": true, "asked": true, "asks": true,
	"ask": true, "asking": true, "sue": true, "wants": true, "want": true, "wanted": true,
}

// legalFrames reads the frames of this file in the sentence.
func (a *article) legalFrames(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t, tok := range v.toks {
		if !tok.is(classLegalWord) {
			continue
		}
		if v.at[t] >= 0 {
			continue
		}
		var c *candidate
		switch {
		case chargeNouns[tok.norm]:
			c = a.chargesBrought(v, t)
		case takeForms[tok.norm]:
			c = a.takenToCourt(v, t)
		case findingVerbs[tok.norm]:
			c = a.foundInViolation(v, t)
		case tok.norm == "extradition":
			c = a.extraditionSought(v, t)
		case tok.norm == "extradited":
			c = a.extraditedFrom(v, t)
		}
		if !a.framed(c, s) {
			continue
		}
		c.trigger = t
		out = append(out, c)
	}
	return out
}

// chargesBrought reads "X brought charges against Y", "X filed a case
// against Y": a bringing verb a few words before the noun at t, "against"
// right after it (or after "of <crime>": "charges of genocide against").
func (a *article) chargesBrought(v *sentenceView, t int) *candidate {
	toks := v.toks
	against := -1
	for k := t + 1; k < len(toks) && k <= t+4; k++ {
		if toks[k].norm == "against" {
			against = k
			break
		}
		if toks[k].punct || v.at[k] >= 0 {
			return nil
		}
	}
	if against < 0 {
		return nil
	}
	m := v.directObject(against)
	if m < 0 || v.ms[m].first > against+3 || v.ms[m].ent.Kind == graph.Location {
		return nil
	}
	for k := t - 1; k >= 0 && k >= t-maxLawsuitSpan; k-- {
		w := toks[k].norm
		if bringVerbs[w] || chargeVerbs[w] {
			return a.legalAct(v, k, "noun:charges-against", graph.Accuse, v.ms[m].ent)
		}
		if v.at[k] >= 0 || toks[k].punct || clauseBreak(toks[k]) {
			return nil
		}
	}
	return nil
}

// takenToCourt reads "X took Y to court", "X took Y to the International
// Court of Justice": a named party right after the verb at t, then "to"
// and "court" or a court's name.
func (a *article) takenToCourt(v *sentenceView, t int) *candidate {
	toks := v.toks
	m := v.directObject(t)
	if m < 0 || v.ms[m].first > t+2 {
		return nil
	}
	to := v.ms[m].last + 1
	if to+1 >= len(toks) || toks[to].norm != "to" {
		return nil
	}
	k := to + 1
	if toks[k].norm == "the" && k+1 < len(toks) {
		k++
	}
	court := toks[k].norm == "court" || toks[k].norm == "courts" || toks[k].norm == "tribunal"
	if n := v.at[k]; n >= 0 && isCourt(v.ms[n].ent) {
		court = true
	}
	if !court {
		return nil
	}
	return a.legalAct(v, t, "verb:take-to-court", graph.Accuse, v.ms[m].ent)
}

// isCourt reports an organisation named a court or tribunal.
func isCourt(e *graph.Entity) bool {
	if e == nil || e.Kind != graph.Organization {
		return false
	}
	n := e.Name
	return containsWord(n, "Court") || containsWord(n, "Tribunal")
}

// containsWord reports whether w stands in s as a whole word.
func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w && (i == 0 || s[i-1] == ' ') && (i+len(w) == len(s) || s[i+len(w)] == ' ') {
			return true
		}
	}
	return false
}

// foundInViolation reads "X found that Y had violated the convention" and
// "X found Y in breach of": the finder at t accuses Y.
func (a *article) foundInViolation(v *sentenceView, t int) *candidate {
	toks := v.toks
	k := t + 1
	if k < len(toks) && toks[k].norm == "that" {
		k++
	}
	if k < len(toks) && toks[k].norm == "the" {
		k++
	}
	if k >= len(toks) || v.at[k] < 0 {
		return nil
	}
	m := v.at[k]
	if !usable(v.ms[m]) || v.ms[m].ent.Kind == graph.Location {
		return nil
	}
	j := v.ms[m].last + 1
	for j < len(toks) && (toks[j].norm == "had" || toks[j].norm == "has" || toks[j].norm == "have" || toks[j].norm == "was" || toks[j].norm == "were" || toks[j].norm == "is" || toks[j].norm == "are") {
		j++
	}
	if j >= len(toks) {
		return nil
	}
	switch {
	case rulingBreachVerbs[toks[j].norm] && toks[k-1].norm != toks[t].norm: // "found that Y had violated"
	case toks[j].norm == "in" && j+1 < len(toks) && (toks[j+1].norm == "breach" || toks[j+1].norm == "violation" || toks[j+1].norm == "contempt"): // "found Y in breach of"
	default:
		return nil
	}
	return a.legalAct(v, t, "verb:found-violation", graph.Accuse, v.ms[m].ent)
}

// legalAct builds the event of rule and typ that the subject of the verb
// at verb does to target, with the verb's status, or nil when the verb
// has no subject.
func (a *article) legalAct(v *sentenceView, verb int, rule string, typ graph.EventType, target *graph.Entity) *candidate {
	c := &candidate{rule: rule, typ: typ}
	actor, _ := a.verbArguments(v, verb, &legalRule, c)
	if actor == nil {
		return nil
	}
	c.actors, c.targets = []*graph.Entity{actor}, []*graph.Entity{target}
	c.status = frameStatus(v.toks, verb, true)
	return c
}

// extraditionSought reads "X requested the extradition of Y from Z",
// "X sought Y's extradition from Z": X asks Z, the state holding Y.
func (a *article) extraditionSought(v *sentenceView, t int) *candidate {
	toks := v.toks
	verb := -1
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		if extraditionRequests[toks[k].norm] {
			verb = k
			break
		}
		if toks[k].punct && !toks[k].poss || clauseBreak(toks[k]) {
			return nil
		}
	}
	if verb < 0 {
		return nil
	}
	from := -1
	for k := t + 1; k < len(toks) && k <= t+12; k++ {
		if toks[k].norm == "from" {
			from = k
			break
		}
		if toks[k].punct && toks[k].text != "-" || clauseBreak(toks[k]) {
			return nil
		}
	}
	if from < 0 || from+1 >= len(toks) {
		return nil
	}
	n := v.at[from+1]
	if n < 0 || v.ms[n].ent.Kind != graph.Country {
		return nil
	}
	return a.legalAct(v, verb, "noun:extradition-from", graph.Request, v.ms[n].ent)
}

// extraditedFrom reads the passive "Y was extradited from Z to W": Z
// hands Y over to W.
func (a *article) extraditedFrom(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || !beForms[toks[t-1].norm] && toks[t-1].norm != "been" {
		return nil
	}
	var from, to *graph.Entity
	for k := t + 1; k+1 < len(toks) && k <= t+8; k++ {
		n := v.at[k+1]
		switch {
		case toks[k].punct || clauseBreak(toks[k]):
			k = len(toks)
		case n >= 0 && v.ms[n].ent.Kind == graph.Country && toks[k].norm == "from" && from == nil:
			from = v.ms[n].ent
		case n >= 0 && v.ms[n].ent.Kind == graph.Country && toks[k].norm == "to" && to == nil:
			to = v.ms[n].ent
		}
	}
	if from == nil || to == nil {
		return nil
	}
	c := &candidate{rule: "verb:extradited-from", typ: graph.Cooperate, mode: "judicial"}
	c.actors, c.targets = []*graph.Entity{from}, []*graph.Entity{to}
	c.status = frameStatus(toks, t, true)
	return c
}

// extraditionSteps are steps toward an extradition that is not yet done:
// "an extradition request to Britain", "extradition hearings".
var extraditionSteps = []string{"request", "requests", "bid", "hearing", "hearings", "proceedings", "treaty", "treaties", "warrant", "papers", "application", "case", "law"}

// courtShortsByGazetteer caches, per gazetteer, its courts' ambiguous
// acronyms ("ICC" for the International Criminal Court).
var courtShortsByGazetteer sync.Map

// courtShorts maps the folded acronyms that the gazetteer lists as shorts
// of a court or tribunal to that court.
func (g *gazetteer) courtShorts() map[string]*graph.Entity {
	if m, ok := courtShortsByGazetteer.Load(g); ok {
		return m.(map[string]*graph.Entity)
	}
	m := map[string]*graph.Entity{}
	for id, keys := range g.shorts {
		if e := g.orgByID[id]; isCourt(e) {
			for _, k := range keys {
				m[k] = e
			}
		}
	}
	courtShortsByGazetteer.Store(g, m)
	return m
}

// justiceWords mark a sentence about courts and crimes, in which a court's
// ambiguous acronym names the court.
var justiceWords = map[string]bool{
	"court": true, "courts": true, "tribunal": true, "indict": true, "indicts": true, "indicted": true, "indictment": true,
	"indictments": true, "warrant": true, "warrants": true, "genocide": true, "prosecutor": true, "prosecutors": true,
	"prosecute": true, "prosecuted": true, "prosecution": true, "judges": true, "judge": true, "trial": true, "trials": true,
	"verdict": true, "convicted": true, "jurisdiction": true, "crimes": true, "charged": true, "charges": true, "acquitted": true,
	"extradition": true, "extradite": true, "extradited": true, "sentenced": true, "testify": true, "testified": true,
}

// courtAcronym reads a court's ambiguous acronym ("ICC") as the court
// when the sentence speaks of justice ("The ICC indicted Omar
// al-Bashir"), before the article has given the court's full name.
func (a *article) courtAcronym(toks []token, i int) (candidateMention, bool) {
	t := toks[i]
	if !t.caps || a.shorts[t.norm] != nil {
		return candidateMention{}, false
	}
	e := a.x.gaz.courtShorts()[t.norm]
	if e == nil {
		return candidateMention{}, false
	}
	for _, u := range toks {
		if justiceWords[u.norm] {
			return candidateMention{first: i, last: i, rank: 1, ent: e, form: formName, surface: t.text}, true
		}
	}
	return candidateMention{}, false
}

// legalWords are the words legalFrames starts a frame at.
func legalWords() []string {
	return keysOf([]string{"extradition", "extradited"}, chargeNouns, takeForms, findingVerbs)
}

// chargedState retypes "X charged Y with" as an accusation when Y is a
// state named as such: "Human Rights Watch has charged Israel with using
// white phosphorus bombs". Only people and bodies are charged before a
// court; a state charged with a deed is accused of it. "charged a Georgian
// diplomat with" charges the diplomat, whom the demonym only places.
func chargedState(v *sentenceView, t int, r *eventRule, c *candidate) {
	if r.name != "charge" || c.typ != graph.Coerce || len(c.targets) == 0 || c.targets[0].Kind != graph.Country {
		return
	}
	k := t + 1
	if k < len(v.toks) && v.toks[k].norm == "the" {
		k++
	}
	if k >= len(v.toks) || v.at[k] < 0 {
		return
	}
	m := v.ms[v.at[k]]
	if m.ent != c.targets[0] || m.form == formDemonym || m.last+1 >= len(v.toks) || v.toks[m.last+1].norm != "with" {
		return
	}
	c.typ, c.mode, c.rule = graph.Accuse, "", c.rule+"-state"
}
