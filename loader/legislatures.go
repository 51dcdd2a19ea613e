package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads what legislatures, courts and electoral bodies do to
// parties, in frames whose object is a phrase about the party rather than
// its name, so that the trigger lexicon does not reach them:
//
//   - approval of a government or a nominee: "parliament approved the new
//     government of X", "the Senate endorsed X's cabinet", "the Senate
//     confirmed the nomination of X" is SUPPORT of the body for X;
//   - annulment of a party's act or win: "the Supreme Court annulled X's
//     election victory", "the court overturned the decision of the
//     election commission", "struck down legislation enacted by the X
//     government", "declared the new parliament illegitimate" is REJECT
//     of the annulling body against the party;
//   - a vote on a party's proposal or nominee: "the committee voted 12-9
//     against X's plan" is REJECT of the voters against X, "the Senate
//     voted in favour of X's motion" SUPPORT of them for X.
//
// Two frames were tried and left out, for they changed no article of the
// Wikinews and Reuters corpora beyond the one they were written for: a
// vote of no confidence ("passed a vote of no confidence in X's
// government" as ACCUSE) and a bill for a deal with another party
// ("passed a bill to implement the deal with X" as SUPPORT).

// legislativeRule stands for the frames' verbs when their subject is read
// with verbArguments.
var legislativeRule = eventRule{name: "legislate", typ: graph.Support}

// bodyApprovalVerbs approve a government or a nominee put to a vote.
var bodyApprovalVerbs = map[string]bool{
	"approved": true, "approves": true, "approve": true, "approving": true,
	"endorsed": true, "endorses": true, "endorse": true, "endorsing": true,
	"confirmed": true, "confirms": true, "confirm": true, "confirming": true,
}

// confirmingVerbs also report a fact ("the ministry confirmed the
// appointment of X"): they approve only when a deliberative body says them.
var confirmingVerbs = map[string]bool{"confirmed": true, "confirms": true, "confirm": true, "confirming": true}

// nominationNouns name a person's putting forward for an office: "the
// nomination of X", "X's appointment".
var nominationNouns = map[string]bool{
	"nomination": true, "appointment": true, "candidacy": true, "nominee": true,
}

// annullingVerbs void an act or a win: "annulled X's victory",
// "overturned the decision of X", "struck down the law".
var annullingVerbs = map[string]bool{
	"annulled": true, "annuls": true, "annul": true, "annulling": true,
	"invalidated": true, "invalidates": true, "invalidate": true, "invalidating": true,
	"overturned": true, "overturns": true, "overturn": true, "overturning": true,
	"nullified": true, "nullifies": true, "nullify": true, "nullifying": true,
	"voided": true, "voids": true, "struck": true, "strikes": true,
}

// invalidityWords, after "declared" and an object, void it: "declared
// the new parliament illegitimate", "declared X's election null".
var invalidityWords = map[string]bool{
	"invalid": true, "illegitimate": true, "illegal": true, "unconstitutional": true, "null": true, "void": true,
	"unlawful": true,
}

// annulledActNouns name what a party did or won that a body can void. A
// conviction or a sentence is not among them: voiding it is done for its
// subject, not against him.
var annulledActNouns = map[string]bool{
	"victory": true, "win": true, "election": true, "re-election": true, "reelection": true, "decision": true,
	"decisions": true, "ruling": true, "law": true, "laws": true, "legislation": true, "decree": true,
	"decrees": true, "order": true, "ban": true, "refusal": true, "result": true, "results": true,
	"appointment": true, "nomination": true, "mandate": true, "verdict": true,
}

// enactingParticiples join an act to its author after it: "legislation
// enacted by X", "the decree issued by X".
var enactingParticiples = map[string]bool{
	"enacted": true, "passed": true, "issued": true, "made": true, "taken": true, "announced": true, "adopted": true,
	"imposed": true, "signed": true,
}

// legislativeActs reads the frames this file describes in one sentence.
func (a *article) legislativeActs(s sentence, v *sentenceView) []*candidate {
	var out []*candidate
	for t, tok := range v.toks {
		if tok.punct || tok.upper || v.at[t] >= 0 || !tok.gates(gateLegislative) {
			continue
		}
		var found []*candidate
		if bodyApprovalVerbs[tok.norm] {
			found = append(found, a.approvedParty(v, t))
		}
		if annullingVerbs[tok.norm] || tok.norm == "declared" || tok.norm == "declares" {
			found = append(found, a.annulledAct(v, t))
		}
		if votingVerbs[tok.norm] {
			found = append(found, a.votedOnProposal(v, t))
		}
		for _, c := range found {
			if c != nil {
				c.sent = s
				out = append(out, c)
			}
		}
	}
	return out
}

// deliberativeBodyWords end the names of legislatures and electoral
// bodies ("Belgian parliament", "United States Senate", "Knesset",
// "Central Election Commission"); courts are isCourt's.
var deliberativeBodyWords = map[string]bool{
	"parliament": true, "legislature": true, "congress": true, "senate": true, "assembly": true,
	"representatives": true, "commons": true, "lords": true, "councillors": true, "knesset": true, "duma": true,
	"bundestag": true, "diet": true, "majlis": true, "sabha": true, "rada": true, "sejm": true, "commission": true,
	"jirga": true, "cortes": true, "storting": true, "riksdag": true,
}

// deliberativeBody reports a legislature, court or electoral body: the
// parties that vote on or rule about a government, a nominee or a result.
// A party named a congress ("African National Congress") is none.
func deliberativeBody(e *graph.Entity) bool {
	if e == nil || e.Kind != graph.Organization {
		return false
	}
	if isCourt(e) {
		return true
	}
	name := e.Name
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	if last == "congress" && strings.Contains(name, "National Congress") && !strings.Contains(name, "People's") {
		return false
	}
	return deliberativeBodyWords[last]
}

// legislativeVote reports an event read from a body's vote on a person:
// an approval of a government or a nominee, or an election to an office
// ("the National Assembly elected X as its speaker").
func legislativeVote(c *candidate) bool {
	return strings.HasPrefix(c.rule, "verb:approve-government") || strings.HasPrefix(c.rule, "verb:appoint") ||
		strings.HasPrefix(c.rule, "verb:vote-on-proposal")
}

// nominatedPerson returns the person the phrase at k puts forward for an
// office: "the nomination of X", "X's appointment". Nil for any other
// phrase.
func (v *sentenceView) nominatedPerson(k int) *graph.Entity {
	toks := v.toks
	for k < len(toks) && objectDeterminers[toks[k].norm] && v.at[k] < 0 {
		k++
	}
	if k >= len(toks) {
		return nil
	}
	if n := v.at[k]; n >= 0 {
		m := v.ms[n]
		if m.ent.Kind != graph.Person || !toks[m.last].poss || m.last+1 >= len(toks) || !nominationNouns[toks[m.last+1].norm] {
			return nil
		}
		return m.ent
	}
	if !nominationNouns[toks[k].norm] || k+2 >= len(toks) || toks[k+1].norm != "of" {
		return nil
	}
	j := k + 2
	for j < len(toks) && j <= k+5 && v.at[j] < 0 && (isTitleWord(toks[j].norm) || toks[j].norm == "the" || toks[j].upper && !toks[j].punct) {
		j++ // "of Judge X", "of Dr. X"
	}
	if j >= len(toks) || v.at[j] < 0 || v.ms[v.at[j]].ent.Kind != graph.Person {
		return nil
	}
	return v.ms[v.at[j]].ent
}

// approvedParty reads "BODY approved the new government of X" and "BODY
// confirmed the nomination of X" with the verb at t: SUPPORT of the body
// for X. A verb of confirming approves only when a deliberative body says
// it.
func (a *article) approvedParty(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || negatedVerb(toks, t) || beForms[toks[t-1].norm] {
		return nil
	}
	k := skipTimeAdverbAfter(toks, t+1)
	head := v.governmentHead(k) // endorsements.go
	if head == nil {
		head = v.nominatedPerson(k)
	}
	if head == nil {
		return nil
	}
	c := &candidate{typ: graph.Support, rule: "verb:approve-government", confidence: 0.6, trigger: t}
	body, _ := a.verbArguments(v, t, &legislativeRule, c)
	if body == nil || body == head || body.Kind == graph.Location || confirmingVerbs[toks[t].norm] && !deliberativeBody(body) {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{body}, []*graph.Entity{head}) {
		return nil
	}
	c.status = legislativeStatus(toks, t)
	return c
}

// actOwner returns the party whose act or win the phrase at k names, and
// the index after the phrase: "X's election victory", "the decision of
// the election commission", "legislation enacted by the X government",
// "the X government's decision", the head noun being one of actNouns.
// Nil for any other phrase.
func (v *sentenceView) actOwner(k int, actNouns map[string]bool) (*graph.Entity, int) {
	toks := v.toks
	for k+1 < len(toks) && (objectDeterminers[toks[k].norm] || isTitleWord(toks[k].norm) && !toks[k].poss) && v.at[k] < 0 {
		k++ // "the decision of", "President X's plan"
	}
	if k >= len(toks) {
		return nil, k
	}
	if n := v.at[k]; n >= 0 {
		// "X's election victory", "the Howard government's decision"
		m := v.ms[n]
		j := m.last
		if !toks[j].poss {
			// "Greens Senator X's motion": the person the party and title
			// qualify.
			i := j + 1
			for i < len(toks) && i <= j+3 && v.at[i] < 0 && isTitleWord(toks[i].norm) {
				i++
			}
			if i > j+1 && i < len(toks) && v.at[i] >= 0 {
				m = v.ms[v.at[i]]
				j = m.last
			}
		}
		if !toks[j].poss && j+1 < len(toks) && governmentNouns[toks[j+1].norm] {
			j++
		}
		if !toks[j].poss {
			return nil, k
		}
		for i := j + 1; i < len(toks) && i <= j+3; i++ {
			if actNouns[toks[i].norm] {
				return m.ent, i + 1
			}
			if toks[i].punct || v.at[i] >= 0 {
				break
			}
		}
		return nil, k
	}
	// "the (election) victory of X", "legislation enacted by X"
	noun := -1
	for i := k; i < len(toks) && i <= k+3; i++ {
		if actNouns[toks[i].norm] {
			noun = i
		}
		if toks[i].punct || v.at[i] >= 0 {
			break
		}
	}
	if noun < 0 || noun+2 >= len(toks) {
		return nil, k
	}
	j := noun + 1
	switch {
	case toks[j].norm == "of":
		j++
	case enactingParticiples[toks[j].norm] && toks[j+1].norm == "by":
		j += 2
	default:
		return nil, k
	}
	for j < len(toks) && j <= noun+6 && v.at[j] < 0 && (isTitleWord(toks[j].norm) || toks[j].norm == "the") {
		j++
	}
	if j >= len(toks) || v.at[j] < 0 {
		return nil, k
	}
	m := v.ms[v.at[j]]
	if m.ent.Kind == graph.Location || m.place {
		return nil, k
	}
	return m.ent, m.last + 1
}

// annulledAct reads "BODY annulled X's victory", "BODY struck down the law
// of X" and "BODY declared X's election invalid" with the verb at t:
// REJECT of the body against X.
func (a *article) annulledAct(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || negatedVerb(toks, t) || beForms[toks[t-1].norm] {
		return nil
	}
	k := t + 1
	if toks[t].norm == "struck" || toks[t].norm == "strikes" {
		if k >= len(toks) || toks[k].norm != "down" {
			return nil
		}
		k++
	}
	k = skipTimeAdverbAfter(toks, k)
	owner, end := v.actOwner(k, annulledActNouns)
	if toks[t].norm == "declared" || toks[t].norm == "declares" {
		if owner == nil {
			// "declared the new parliament illegitimate": a body voided
			// whole.
			o := k
			for o < len(toks) && o <= k+2 && (objectDeterminers[toks[o].norm] || toks[o].norm == "new" || toks[o].norm == "former") && v.at[o] < 0 {
				o++
			}
			if o < len(toks) && v.at[o] >= 0 && v.ms[v.at[o]].ent.Kind == graph.Organization && usable(v.ms[v.at[o]]) {
				owner, end = v.ms[v.at[o]].ent, v.ms[v.at[o]].last+1
			}
		}
		if owner == nil || end >= len(toks) || !invalidityWords[toks[end].norm] {
			return nil
		}
	}
	if owner == nil {
		return nil
	}
	c := &candidate{typ: graph.Reject, rule: "verb:annul", confidence: 0.6, trigger: t}
	body, _ := a.verbArguments(v, t, &legislativeRule, c)
	if body == nil || body == owner || body.Kind == graph.Location {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{body}, []*graph.Entity{owner}) {
		return nil
	}
	c.status = legislativeStatus(toks, t)
	return c
}

// legislativeStatus is the status of the act whose verb is at t, read by
// frameStatus, except that a vote taken to do it states it done: "voted
// to approve the nomination" happened, where "agreed to approve" is
// planned.
func legislativeStatus(toks []token, t int) graph.Status {
	if t >= 2 && toks[t-1].norm == "to" && (toks[t-2].norm == "voted" || toks[t-2].norm == "votes") {
		return frameStatus(toks, t-2, true)
	}
	return frameStatus(toks, t, true)
}

// votingVerbs cast a vote.
var votingVerbs = map[string]bool{"voted": true, "votes": true, "vote": true, "voting": true}

// proposalNouns name what a party puts to a vote: "X's plan", "the
// nomination of X", "the motion of X".
var proposalNouns = map[string]bool{
	"plan": true, "plans": true, "proposal": true, "proposals": true, "motion": true, "bill": true,
	"budget": true, "amendment": true, "amendments": true, "resolution": true, "nomination": true,
	"appointment": true, "candidacy": true, "government": true, "cabinet": true, "legislation": true,
	"reform": true, "reforms": true, "policy": true, "request": true, "initiative": true,
}

// voteTallyWords may stand between a voting verb and its side: "voted
// 12-9 against", "voted unanimously for", "voted overwhelmingly in
// favour of".
var voteTallyWords = map[string]bool{
	"unanimously": true, "overwhelmingly": true, "narrowly": true, "to": true, "heavily": true, "largely": true,
}

// votedOnProposal reads "BODY voted (12-9) against X's plan" and "BODY
// voted for the nomination of X" with the verb at t: REJECT or SUPPORT of
// the voters toward X.
func (a *article) votedOnProposal(v *sentenceView, t int) *candidate {
	toks := v.toks
	if t == 0 || negatedVerb(toks, t) || beForms[toks[t-1].norm] {
		return nil
	}
	k := t + 1
	for k < len(toks) && k <= t+5 && v.at[k] < 0 && (voteTallyWords[toks[k].norm] || toks[k].hyphen || strings.Trim(toks[k].norm, "0123456789-–") == "" || toks[k].text == "-" || toks[k].text == "–") {
		k++
	}
	if k >= len(toks) {
		return nil
	}
	typ := graph.Support
	switch {
	case toks[k].norm == "against":
		typ = graph.Reject
		k++
	case toks[k].norm == "for":
		k++
	case k+2 < len(toks) && toks[k].norm == "in" && (toks[k+1].norm == "favour" || toks[k+1].norm == "favor") && toks[k+2].norm == "of":
		k += 3
	default:
		return nil
	}
	owner := v.governmentHead(k) // endorsements.go: "voted for the new government of X"
	if owner == nil {
		owner, _ = v.actOwner(k, proposalNouns)
	}
	if owner == nil || owner.Kind == graph.Location {
		return nil
	}
	c := &candidate{typ: typ, rule: "verb:vote-on-proposal", confidence: 0.55, trigger: t}
	voter, _ := a.verbArguments(v, t, &legislativeRule, c)
	if voter == nil || voter == owner || voter.Kind == graph.Location {
		return nil
	}
	if !a.setParties(c, []*graph.Entity{voter}, []*graph.Entity{owner}) {
		return nil
	}
	c.status = frameStatus(toks, t, true)
	return c
}
