package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file holds rules that tell an event trigger from the same word in
// another sense ("released a statement", "support the dollar"), keep
// events that are only supposed ("if Iran attacks", "the risk of an
// attack") from being reported, and set the right way round events whose
// grammatical subject is the one who receives them ("X drew support from
// Y").

// releaseForms are the forms of "release", whose event is setting a
// captive free and whose other sense is making something public.
var releaseForms = map[string]bool{"release": true, "releases": true, "released": true, "releasing": true}

// publications are what is released when it is made public: "released a
// statement", "the footage released by the Pentagon", "a press release".
var publications = map[string]bool{
	"statement": true, "statements": true, "report": true, "reports": true, "footage": true, "video": true,
	"videos": true, "videotape": true, "videotaped": true, "tape": true, "tapes": true, "audio": true, "recording": true,
	"message": true, "messages": true, "figures": true, "numbers": true, "data": true, "details": true,
	"document": true, "documents": true, "list": true, "photos": true, "photographs": true, "pictures": true,
	"images": true, "results": true, "findings": true, "transcript": true, "transcripts": true, "letter": true,
	"communique": true, "budget": true, "album": true, "book": true, "film": true, "poll": true, "survey": true,
	"study": true, "information": true, "text": true, "draft": true, "guidelines": true, "memo": true, "paper": true,
	"papers": true, "plan": true, "proposal": true, "proposals": true, "version": true, "estimates": true,
	"statistics": true, "tally": true, "evidence": true, "names": true, "record": true, "records": true, "files": true,
}

// supportForms are the forms of the verbs of support, which also speak
// of propping up a currency or a price, and of evidence bearing out a view.
var supportForms = map[string]bool{
	"support": true, "supports": true, "supported": true, "supporting": true, "backs": true, "backed": true,
	"backing": true, "defend": true, "defends": true, "defended": true, "defending": true,
}

// unpoliticalObjects are what is supported or defended in a sense that is
// no act towards anyone: a currency or price held up ("support the
// dollar", "defending higher oil prices"), or a theory borne out ("support
// the theory that").
var unpoliticalObjects = map[string]bool{
	"dollar": true, "dollars": true, "currency": true, "currencies": true, "yen": true, "sterling": true,
	"franc": true, "price": true, "prices": true, "growth": true, "market": true, "markets": true, "stocks": true,
	"shares": true, "rate": true, "rates": true, "theory": true, "theories": true, "hypothesis": true,
	"notion": true, "contention": true, "assertion": true, "suspicion": true, "suspicions": true, "belief": true,
	"conclusion": true, "polls": true,
}

// supportCompounds are nouns that "support" qualifies as a modifier, and
// modifiers that make "support(s)" a term of economics: "support
// personnel", "price supports", "field support".
var (
	supportCompounds = map[string]bool{
		"personnel": true, "staff": true, "services": true, "operations": true, "maintenance": true, "level": true,
		"levels": true, "payments": true, "programme": true, "program": true, "programs": true, "programmes": true,
		"system": true, "systems": true, "group": true, "groups": true, "vessel": true, "vessels": true,
	}
	supportModifiers = map[string]bool{"price": true, "prices": true, "income": true, "farm": true, "field": true, "technical": true}
)

// swearForms are the forms of "swear", a promise except in "sworn in".
var swearForms = map[string]bool{"swear": true, "swears": true, "swore": true, "sworn": true, "swearing": true}

// objectStops end the short look for a verb's object.
var objectStops = map[string]bool{
	"to": true, "from": true, "of": true, "by": true, "for": true, "with": true, "in": true, "on": true, "at": true,
	"and": true, "or": true, "but": true, "that": true, "which": true, "who": true,
}

// otherSense reports a trigger used in a sense that states no event
// between political actors: a statement or video released, a currency
// supported, a theory borne out, a commitment demonstrated.
func otherSense(toks []token, t int) bool {
	w := toks[t].norm
	switch {
	case releaseForms[w]:
		return publicationReleased(toks, t)
	case expectForms[w]:
		return !expectedOfSomeone(toks, t) // "we expect to sign": a forecast
	case supportForms[w]:
		if t > 0 && supportModifiers[toks[t-1].norm] {
			return true // "price supports"
		}
		if t+1 < len(toks) && supportCompounds[toks[t+1].norm] {
			return true // "support personnel"
		}
		return objectAmong(toks, t, unpoliticalObjects) || pollShare(toks, t)
	case meetForms[w]:
		return metReception(toks, t) // "met opposition from", "was met with surprise"
	case w == "threaten" || w == "threatens" || w == "threatened" || w == "threatening":
		return situationalThreat(toks, t) // "the dispute threatened to become a trade war"
	case w == "regret" || w == "regrets" || w == "regretted":
		return farewellRegret(toks, t) // "regretted his departure": sorrow, no apology
	case swearForms[w]:
		// "was sworn in as president", "swore in the cabinet", "sworn
		// into office": an inauguration, no oath given to anyone.
		return t+1 < len(toks) && (toks[t+1].norm == "in" || toks[t+1].norm == "into")
	case w == "demonstrate" || w == "demonstrates" || w == "demonstrated" || w == "demonstrating":
		// "demonstrated its commitment": to demonstrate something is to
		// show it; protesters demonstrate without an object.
		if t+1 < len(toks) {
			switch toks[t+1].norm {
			case "its", "their", "his", "her", "our", "the", "a", "an", "that", "how", "what", "this", "some", "any", "no", "willingness", "support", "solidarity", "resolve", "commitment":
				return true
			}
		}
	}
	return false
}

// publicationReleased reports a form of "release" whose object is made
// public, not set free: "a press release", "released that", "a statement
// released by", "will release a videotaped message".
func publicationReleased(toks []token, t int) bool {
	if t > 0 && (toks[t-1].norm == "press" || toks[t-1].norm == "news") {
		return true
	}
	if t+1 < len(toks) && toks[t+1].norm == "that" {
		return true
	}
	// The passive's subject: "the footage released by", "documents were released".
	k := t - 1
	for k >= 0 && (beForms[toks[k].norm] || toks[k].norm == "been" || toks[k].norm == "just" || toks[k].norm == "later") {
		k--
	}
	if k >= 0 && publications[toks[k].norm] {
		return true
	}
	return objectAmong(toks, t, publications)
}

// objectAmong reports whether the noun phrase right after the verb at t
// (up to four words, before any preposition, conjunction or punctuation)
// holds one of nouns.
func objectAmong(toks []token, t int, nouns map[string]bool) bool {
	for k := t + 1; k < len(toks) && k <= t+4; k++ {
		if toks[k].punct || objectStops[toks[k].norm] {
			return false
		}
		if nouns[toks[k].norm] {
			return true
		}
	}
	return false
}

// conditionals open a clause that states a condition, not a fact: "if
// Iran attacks", "unless they accepted his cabinet". ("Whether" is left
// out: "vote on whether to impose sanctions" puts a planned decision.)
var conditionals = map[string]bool{"if": true, "unless": true}

// conditionalReach bounds the look back from a trigger for the
// conjunction that opens its clause.
const conditionalReach = 12

// prospectNouns name a danger or prospect, so that the event a noun after
// their "of" names has not happened: "the risk of an Iranian attack",
// "fears of a military strike".
var prospectNouns = map[string]bool{
	"risk": true, "risks": true, "fear": true, "fears": true, "danger": true, "dangers": true, "prospect": true,
	"prospects": true, "threat": true, "threats": true, "spectre": true, "specter": true, "likelihood": true,
	"chance": true, "chances": true, "possibility": true, "worries": true, "warnings": true,
}

// supposedStatus returns graph.Speculated for an event stated inside a
// condition ("if Iran attacks the tankers", "unless they accepted his
// cabinet he would resign") or named as a prospect ("the risk of an
// Iranian attack"): the annotation guide reports only what happened or
// is planned, and a supposed event is at most speculated. A denial stays
// a denial.
func supposedStatus(toks []token, t int, noun bool, status graph.Status) graph.Status {
	if status == graph.Denied || status == graph.Speculated || !noun && presupposedParticiple(toks, t) {
		return status // statuscues.go: "if the sailors being detained by Iran are not released"
	}
	if !noun && (invertedCondition(toks, t) || invertedConditionAfterClause(toks, t)) {
		return graph.Speculated // statuscues.go: "Were Iran to reject the offer"
	}
	for k := t - 1; k >= 0 && k >= t-conditionalReach; k-- {
		tk := toks[k]
		if clauseBreak(tk) || tk.text == "," || tk.text == "." {
			break
		}
		if conditionals[tk.norm] {
			if tk.norm == "if" && k > 0 && (toks[k-1].norm == "as" || toks[k-1].norm == "even") {
				break // "as if": a comparison; "even if": a concession
			}
			return graph.Speculated
		}
	}
	if noun {
		// "the risk of an Iranian attack on U.S. warships"
		for k := t - 1; k >= 1 && k >= t-4; k-- {
			if toks[k].punct {
				break
			}
			if toks[k].norm == "of" {
				if prospectNouns[toks[k-1].norm] {
					return graph.Speculated
				}
				break
			}
		}
	}
	return status
}

// receivingVerbs have as subject the one who gets what their object
// names: "the plan received support from", "he has drawn support from".
var receivingVerbs = map[string]bool{
	"received": true, "receives": true, "receive": true, "receiving": true, "drew": true, "draws": true,
	"drawn": true, "draw": true, "won": true, "wins": true, "win": true, "gained": true, "gains": true, "gain": true,
	"got": true, "gets": true, "enjoys": true, "enjoyed": true, "enjoy": true, "secured": true, "secure": true,
	"garnered": true, "attracted": true,
}

// receivedSide reads a trigger that is the object of a verb of receiving
// ("Boren's statement received bipartisan support from Sen. McClure",
// "Allawi has received criticism"). Its subject is the one the event goes
// to, so where the giver is named right after "from" actor and target
// swap; where no giver the rule found is named there, the sentence names
// no actor and the event is dropped.
func receivedSide(v *sentenceView, t int, givers []*graph.Entity) (swap, drop bool) {
	toks := v.toks
	verb := -1
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if toks[k].punct {
			break
		}
		if receivingVerbs[toks[k].norm] {
			verb = k
			break
		}
	}
	if verb < 0 {
		return false, false
	}
	for k := verb + 1; k < t; k++ {
		if v.at[k] >= 0 {
			return false, false // "to win tougher U.N. sanctions": the giver qualifies the noun
		}
	}
	from := -1
	for k := t + 1; k < len(toks) && k <= t+3; k++ {
		if toks[k].norm == "from" {
			from = k
			break
		}
		if toks[k].punct {
			break
		}
	}
	if from < 0 {
		return false, true
	}
	for k := from + 1; k < len(toks) && k <= from+4; k++ {
		if n := v.at[k]; n >= 0 {
			for _, g := range givers {
				if v.ms[n].ent == g {
					return true, false
				}
			}
		}
	}
	return false, true
}

// firmSuffixes end the name of a business: "Dixons Group PLC", "USAir
// Group", "Trans World Airlines Inc".
var firmSuffixes = map[string]bool{
	"inc": true, "corp": true, "corporation": true, "co": true, "ltd": true, "plc": true, "group": true, "ag": true,
	"sa": true, "nv": true, "gmbh": true, "llc": true, "company": true, "airlines": true, "airways": true, "motors": true,
	"industries": true, "holdings": true, "securities": true, "brothers": true, "partners": true,
}

// firmName reports an organisation named as a business.
func firmName(e *graph.Entity) bool {
	if e.Kind != graph.Organization {
		return false
	}
	words := strings.Fields(strings.ToLower(e.Name))
	return len(words) > 0 && firmSuffixes[strings.Trim(words[len(words)-1], ".")]
}

// commercialOnly reports an event between businesses: every party is an
// organisation and one of them is named as a firm, with no state, person
// or public body among them ("TWA made an offer for USAir Group",
// "directors appointed by Dixons Group PLC had resigned"). A takeover or a
// boardroom change is no geopolitical event; an event between a firm and
// a ministry stays.
func commercialOnly(c *candidate) bool {
	firm := false
	for _, es := range [][]*graph.Entity{c.actors, c.targets} {
		for _, e := range es {
			if e.Kind != graph.Organization {
				return false
			}
			if firmName(e) {
				firm = true
			} else if !strings.EqualFold(e.Name, strings.ToUpper(e.Name)) || len(e.Name) > 6 {
				return false // a named body that is not a firm: "Transportation Department"
			}
		}
	}
	return firm
}

// receptionNouns are how a plan or a person is received: to meet them is
// to encounter them, no meeting ("the package met opposition from the
// president", "the rules are meeting with objections in Congress").
var receptionNouns = map[string]bool{
	"opposition": true, "resistance": true, "objections": true, "objection": true, "criticism": true,
	"scepticism": true, "skepticism": true, "surprise": true, "approval": true, "disapproval": true,
	"hostility": true, "indifference": true, "resentment": true, "protests": true, "derision": true,
	"condemnation": true, "applause": true, "silence": true, "disbelief": true, "anger": true, "outrage": true,
	"reluctance": true, "suspicion": true, "acclaim": true,
}

// receptionQualifiers may stand between "met (with)" and the reception:
// "met with some surprise", "could meet stiff opposition".
var receptionQualifiers = map[string]bool{
	"some": true, "much": true, "little": true, "strong": true, "stiff": true, "fierce": true, "widespread": true,
	"considerable": true, "initial": true, "mixed": true, "stubborn": true, "growing": true, "general": true,
	"immediate": true, "angry": true, "political": true, "public": true, "no": true, "further": true,
}

// metReception reports a form of "meet" at t whose object is a reception:
// "met opposition from Sarney", "are meeting with objections".
func metReception(toks []token, t int) bool {
	k := t + 1
	if k < len(toks) && toks[k].norm == "with" {
		k++
	}
	for n := 0; n < 2 && k < len(toks) && receptionQualifiers[toks[k].norm]; n++ {
		k++
	}
	return k < len(toks) && receptionNouns[toks[k].norm]
}

// pollShares are the words of a share in a poll: "50 percent support",
// "51% of the respondents supported".
var pollShares = map[string]bool{"%": true, "percent": true, "pct": true, "respondents": true, "voters": true}

// pollShare reports support measured in a poll: a share of respondents
// before the verb or noun within its clause ("has 50% support", "51% of
// the respondents supported Halonen"), or "in the polls" after it.
func pollShare(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if toks[k].punct && toks[k].norm != "%" {
			break
		}
		if pollShares[toks[k].norm] || strings.HasSuffix(toks[k].norm, "%") {
			return true
		}
	}
	return t+3 < len(toks) && toks[t+1].norm == "in" && toks[t+2].norm == "the" && (toks[t+3].norm == "polls" || toks[t+3].norm == "poll")
}

// farewells are the leave-takings one regrets in sorrow, no apology and no
// reproach: "expressed regret over Volcker's departure", "we regret that
// she has resigned".
var farewells = map[string]bool{
	"departure": true, "resignation": true, "retirement": true, "death": true, "passing": true, "leaving": true,
	"resigned": true, "retired": true, "retiring": true, "died": true, "departed": true,
}

// acceptances take a decision or a resignation "with regret": "accepted
// his decision with great reluctance and regret".
var acceptances = map[string]bool{"accept": true, "accepts": true, "accepted": true, "accepting": true}

// farewellRegret reports "regret" at t as sorrow at someone's leaving: a
// farewell close after it ("regret over his departure", "regret that
// Amanda has resigned"), or "with regret" after an acceptance in the
// clause ("accepted Volcker's decision with reluctance and regret").
func farewellRegret(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+6; k++ {
		if toks[k].punct && !quoteMark(toks[k]) {
			break
		}
		if farewells[toks[k].norm] {
			return true
		}
	}
	for k := t - 1; k >= 0 && k >= t-10; k-- {
		if toks[k].punct && !quoteMark(toks[k]) {
			return false
		}
		if acceptances[toks[k].norm] {
			return true
		}
	}
	return false
}

// situationalOutcomes are what a situation, not a party, threatens to do:
// "the dispute threatened to become a trade war", "tariffs threatening to
// unravel the spirit of cooperation", "legal action threatens to trigger
// cross-defaults". A party threatens acts: "to block", "to scuttle".
var situationalOutcomes = map[string]bool{
	"become": true, "unravel": true, "engulf": true, "overshadow": true, "spill": true, "escalate": true,
	"erupt": true, "worsen": true, "spiral": true, "derail": true, "trigger": true, "eclipse": true, "dwarf": true,
}

// situationalThreat reports "threaten" at t with a situation's outcome
// after it: "threatened to become a trade war".
func situationalThreat(toks []token, t int) bool {
	return t+2 < len(toks) && toks[t+1].norm == "to" && situationalOutcomes[toks[t+2].norm]
}
