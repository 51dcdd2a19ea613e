package loader

import (
	"slices"
	"strings"
	"unicode"

	"github.com/geokg/geokg/graph"
)

// This file reads the register of business and economic news (wire copy
// is much of it), where the triggers of political events stand in other
// senses and firms take the parties' places:
//   - an event whose every party is a firm, named as one somewhere in the
//     article ("CTS Corp", "Lucky Stores Inc", a ticker "<BOR>"), is
//     business, no geopolitical event: "AMR agreed to buy planes from
//     Boeing"; a firm stays a party where a state or official acts on it;
//   - an officer of a firm who resigns leaves no public office: "Acme said
//     its chief executive resigned", "resigned from its board";
//   - demand as a market's ("domestic demand", "oil demand rose") is no
//     request;
//   - imports or a law that "injure" producers or interests do economic
//     harm, no assault;
//   - to "meet" obligations, requirements or a target is to fulfil them,
//     no meeting;
//   - a loan or notes "guaranteed by" a state are backed by it, no promise
//     made to anyone;
//   - a state that cuts its trade surplus with another cuts no ties;
//   - bonds or shares "offered" are sold to investors, no offer to a party;
//   - restrictions eased on a market a state regulates at home (bank
//     deposits, currency, investment in stocks) yield to no party;
//   - an offer or agreement to acquire a firm, its shares or its assets,
//     made by an investor or a firm, is a takeover bid: "Pesch's offer for
//     American Medical", "agreed to acquire Jefferson Savings".
//
// A country named inside a firm's or body's name ("Dynamics Corp of
// America", "Nippon Telegraph and Telephone Corp") is no party either:
// see firmNameCountry.

// dropCommercialEvents removes, from the candidates the sentence toks
// added from index from on, those that the rules above read as business.
func (a *article) dropCommercialEvents(toks []token, from int) {
	a.dropFound(from, func(c *candidate) bool {
		return a.firmsOnly(c) || a.corporateResignation(toks, c) || economicSense(toks, c) || a.acquisitionOffer(toks, c) ||
			a.tickerArticleResignation(toks, c) || resignedToFate(toks, c) // firmresignations.go
	})
}

// firmsOnly reports an event whose every party is a firm: an organisation
// (or a firm's name misread as a person's) that its name or the article's
// text names as a business.
func (a *article) firmsOnly(c *candidate) bool {
	if len(c.actors) == 0 {
		return false
	}
	for _, es := range [][]*graph.Entity{c.actors, c.targets} {
		for _, e := range es {
			if e.Kind != graph.Organization && e.Kind != graph.Person {
				return false
			}
			if !a.isFirm(e) {
				return false
			}
		}
	}
	return true
}

// isFirm reports an entity named as a business: by the designator that
// closes its name ("Dixons Group PLC", "Rainier Bancorp") or by the
// article's text.
func (a *article) isFirm(e *graph.Entity) bool {
	words := strings.Fields(e.Name)
	return firmName(e) || len(words) > 1 && firmDesignator(words[len(words)-1]) || a.namedAsFirm(e.Name) || a.isExchange(e.Name) // exchanges.go
}

// namedAsFirm reports whether the article's body names name as a business
// (see the function namedAsFirm), remembering the answer per name: a name
// repeated through a long body would otherwise cost a scan of the body
// per event.
func (a *article) namedAsFirm(name string) bool {
	if named, ok := a.firmNames[name]; ok {
		return named
	}
	if a.firmNames == nil {
		a.firmNames = map[string]bool{}
	}
	named := namedAsFirm(a.doc.Body, name)
	a.firmNames[name] = named
	return named
}

// namedAsFirm reports whether body names name as a business somewhere: a
// designator of a firm after it ("CTS Corp", "Morgan Stanley and Co",
// "Lucky Stores Inc") or the angle brackets wire copy sets around a
// firm's name or ticker ("<Airbus Industrie>", "Borg-Warner Corp <BOR>",
// "<BTY.L>").
func namedAsFirm(body, name string) bool {
	return anyOccurrence(body, name, func(start, end int) bool {
		if start > 0 && isWordByte(body[start-1]) {
			return false // inside a longer word
		}
		if start > 0 && body[start-1] == '<' {
			return true
		}
		rest := body[end:]
		if strings.HasPrefix(rest, ">") || strings.HasPrefix(rest, ".") && tickerClose(rest[1:]) {
			return true // "<BOR>", "<BTY.L>"
		}
		rest = strings.TrimLeft(rest, " \n\t")
		if strings.HasPrefix(rest, "<") {
			return true // "Allegheny International <AG>"
		}
		w := leadingWord(rest)
		for n := 0; n < 2 && w != "" && unicode.IsUpper(rune(w[0])) && !firmDesignator(w); n++ {
			rest = strings.TrimLeft(rest[len(w):], " \n\t") // "Purolator Courier Corp"
			w = leadingWord(rest)
		}
		if w == "and" || w == "&" {
			w = leadingWord(strings.TrimLeft(rest[len(w):], " \n\t")) // "Morgan Stanley and Co"
			if w != "Co" && w != "Cos" && w != "Company" {
				return false
			}
		}
		return firmDesignator(w)
	})
}

// anyOccurrence reports whether found holds for some occurrence of name in
// body, given by its byte span, that no word character follows ("EEP",
// not the "EEP" of "EEPS"). An empty name occurs nowhere.
func anyOccurrence(body, name string, found func(start, end int) bool) bool {
	if name == "" {
		return false
	}
	for i := 0; ; {
		k := strings.Index(body[i:], name)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(name)
		i = end
		if end < len(body) && isWordByte(body[end]) {
			continue
		}
		if found(start, end) {
			return true
		}
	}
}

// firmDesignator reports a capitalised word that closes a firm's name
// ("Corp", "Inc", "Co"), not one that bodies of states bear too ("Group",
// "Guild").
func firmDesignator(w string) bool {
	return w != "" && unicode.IsUpper(rune(w[0])) && firmSuffixWords[strings.ToLower(w)] && w != "Guild"
}

// inAngleBrackets reports a capitalised token that opens the angle
// brackets wire copy sets around a firm's name or ticker: "<Airbus
// Industrie>", "<UK>" (markup, "<noinclude>", is in lower case).
func inAngleBrackets(body string, t token) bool {
	return t.upper && t.start > 0 && body[t.start-1] == '<'
}

// tickerClose reports the rest of a ticker after its dot: capitals and a
// closing bracket ("L>" of "<BTY.L>").
func tickerClose(s string) bool {
	n := 0
	for n < len(s) && n < 3 && s[n] >= 'A' && s[n] <= 'Z' {
		n++
	}
	return n > 0 && n < len(s) && s[n] == '>'
}

// leadingWord returns the letters (or a lone ampersand) that open s.
func leadingWord(s string) string {
	if strings.HasPrefix(s, "&") {
		return "&"
	}
	n := 0
	for n < len(s) && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z') {
		n++
	}
	return s[:n]
}

// isWordByte reports an ASCII letter or digit, which continues a word.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// corporateWords mark a resignation from a firm: the firm's own word for
// itself, its owners, its designators. ("Board" and "directors" are left
// out: public bodies have them too.)
var corporateWords = map[string]bool{
	"company": true, "companies": true, "firm": true, "subsidiary": true, "shareholders": true,
	"inc": true, "corp": true, "plc": true, "ltd": true, "brokerage": true, "bancorp": true,
}

// corporatePairs are two words that mark a firm's offices: its board and
// officers, its chief executive, its other business.
var corporatePairs = map[[2]string]bool{
	{"chief", "executive"}: true, {"other", "business"}: true, {"its", "board"}: true, {"its", "directors"}: true,
	{"as", "directors"}: true, {"as", "officers"}: true, {"management", "board"}: true, {"operating", "officer"}: true,
	{"financial", "officer"}: true, {"a", "director"}: true,
}

// resignationRules are the rule names of the readings of leaving office.
var resignationRules = []string{"verb:resign", "noun:resign", "verb:step-down", "noun:step-down"}

// corporateReach bounds the look around a resignation for words of a
// firm: "a company fund manager said" at the far end of a long sentence
// is no part of "the Federal Reserve chairman's resignation".
const corporateReach = 12

// corporateResignation reports a resignation close to words of a firm
// ("Acme Corp said its president resigned", "has resigned as chief
// executive officer", "resigned to pursue other business interests", a
// firm the article names as one) by people who hold no public office the
// article knows of.
//
// An appointment to such an office by a firm is business too: "Star
// Technologies Inc said it has appointed X as president and chief
// executive officer" (every party a firm or a person in no public office).
func (a *article) corporateResignation(toks []token, c *candidate) bool {
	parties := c.actors
	switch {
	case c.typ == graph.Concede && hasAnyPrefix(c.rule, resignationRules):
	case c.typ == graph.Support && strings.HasPrefix(c.rule, "verb:appoint"):
		parties = slices.Concat(c.actors, c.targets)
	default:
		return false
	}
	for _, e := range parties {
		// A firm read as the one who resigns ("Rainier Bancorp said X, head
		// of its division, has resigned") is the firm the officer leaves.
		if e.Kind != graph.Person && !(e.Kind == graph.Organization && a.isFirm(e)) || publicOffice(e) {
			return false
		}
	}
	for k := max(0, c.trigger-corporateReach); k < len(toks) && k <= c.trigger+corporateReach; k++ {
		t := toks[k]
		if corporateWords[t.norm] || inAngleBrackets(a.doc.Body, t) {
			return true // wire copy's brackets mark a firm: "<Sequoia Systems>", "<OXY>"
		}
		if t.upper && (t.norm == "co" || t.norm == "cos") && !t.hyphen {
			return true // "United States Oil Co said"
		}
		if k+1 < len(toks) && corporatePairs[[2]string{t.norm, toks[k+1].norm}] {
			return true // "chief executive officer", "resigned from its board"
		}
		if k > 0 && t.upper && !t.punct && !t.caps && !toks[k-1].upper && a.namedAsFirm(t.text) {
			return true // "Purolator said director X resigned from its board", after "Purolator Courier Corp"
		}
	}
	return a.firmsArticle() && nearCompanyOffice(toks, c.trigger)
}

// companyOffices are the offices of a firm's officers and board: in an
// article that names firms by their tickers, a resignation from one of
// them is a firm's ("resigned as president and chairman", "resigned from
// the board", "finance director Rolf Selowsky resigned").
var companyOffices = map[string]bool{
	"board": true, "chairman": true, "president": true, "director": true, "directors": true, "officer": true,
	"treasurer": true, "executive": true, "partner": true, "founder": true,
}

// nearCompanyOffice reports a word of a firm's office within the
// sentence's reach of the trigger at t.
func nearCompanyOffice(toks []token, t int) bool {
	for k := max(0, t-corporateReach); k < len(toks) && k <= t+corporateReach; k++ {
		if companyOffices[toks[k].norm] && !toks[k].upper {
			return true
		}
	}
	return false
}

// firmsArticle reports an article of business news: one that names a firm,
// in its title or body, by the ticker wire copy sets in angle brackets
// ("<HOPC.O>", "<VOWG.F>").
func (a *article) firmsArticle() bool {
	if a.tickerChecked {
		return a.hasTicker
	}
	a.tickerChecked = true
	a.hasTicker = namesTicker(a.doc.Article.Title) || namesTicker(a.doc.Body)
	return a.hasTicker
}

// namesTicker reports a ticker in wire copy's angle brackets in s: "<HOPC.O>".
func namesTicker(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] != '<' || s[i+1] < 'A' || s[i+1] > 'Z' {
			continue
		}
		n := i + 1
		for n < len(s) && n <= i+12 && (s[n] >= 'A' && s[n] <= 'Z' || s[n] == '.') {
			n++
		}
		if n < len(s) && s[n] == '>' {
			return true
		}
	}
	return false
}

// acquisitionVerbs buy, sell or issue property: the deals firms and
// investors agree to or offer ("agreed to acquire Pfaudler's assets",
// "offered to buy all the shares", "agreed to spin off its property").
var acquisitionVerbs = map[string]bool{
	"buy": true, "acquire": true, "purchase": true, "sell": true, "issue": true, "spin": true, "merge": true, "take": true,
}

// hasAnyPrefix reports whether s begins with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// publicTitleWords mark a title as a public office, whatever body it is
// held in.
var publicTitleWords = []string{
	"minister", "senator", "representative", "governor", "mayor", "ambassador", "lawmaker", "legislator",
	"premier", "chancellor", "prime", "king", "queen", "mp", "congress", "judge", "general", "envoy", "borough",
	"commissioner", "council", "official",
}

// publicOffice reports a person the gazetteer or the article places in a
// state's service: a country of their own, an office of a state, or a
// title of public office.
func publicOffice(e *graph.Entity) bool {
	if e.Country != "" {
		return true
	}
	for _, r := range e.Roles {
		if r.Of != "" {
			return true
		}
		title := strings.ToLower(r.Title)
		for _, w := range publicTitleWords {
			if strings.Contains(title, w) {
				return true
			}
		}
	}
	return false
}

// economicSense reports a trigger read in its economic sense: a market's
// demand, harm done to producers or interests, obligations met, a loan
// guaranteed.
func economicSense(toks []token, c *candidate) bool {
	t := c.trigger
	if t < 0 || t >= len(toks) {
		return false
	}
	w := toks[t].norm
	switch {
	case c.typ == graph.Request && (w == "demand" || w == "demands"):
		return marketDemand(toks, t)
	case c.typ == graph.Assault && injuryForms[w]:
		return economicHarm(toks, t)
	case c.typ == graph.Consult && meetForms[w] && !c.noun:
		return nounWithin(toks, t, 6, metObligations)
	case c.typ == graph.Sanction && !c.noun && strings.HasPrefix(c.rule, "verb:halt-aid"):
		return nounWithin(toks, t, 5, tradeBalances) || tradeFlowReduced(toks, t)
	case c.typ == graph.Concede && strings.HasPrefix(c.rule, "verb:ease-restrictions") && len(c.targets) == 0:
		return deregulatedMarket(toks, t)
	case c.typ == graph.Agree && offerForms[w] && !c.noun:
		return nounWithin(toks, t, 4, securitiesOffered)
	case c.typ == graph.Agree && guaranteeForms[w]:
		return nounWithin(toks, t, 4, financialInstruments) || guaranteedInstrument(toks, t)
	}
	return false
}

// demandQualifiers make "demand" a market's: "domestic demand", "oil
// demand", "strong demand", "consumer demand".
var demandQualifiers = map[string]bool{
	"domestic": true, "internal": true, "external": true, "consumer": true, "oil": true, "energy": true, "fuel": true,
	"gasoline": true, "crude": true, "petroleum": true, "product": true, "products": true, "import": true,
	"export": true, "world": true, "global": true, "seasonal": true, "industrial": true, "investment": true,
	"credit": true, "loan": true, "money": true, "aggregate": true, "total": true, "market": true, "strong": true,
	"stronger": true, "weak": true, "weaker": true, "sluggish": true, "brisk": true, "firm": true, "firmer": true,
	"slack": true, "heavy": true, "lower": true, "higher": true, "rising": true, "falling": true, "growing": true,
	"reduced": true, "increased": true, "underlying": true, "end-user": true, "utility": true, "steel": true,
	"cement": true, "grain": true, "wheat": true, "corn": true, "sugar": true, "coffee": true, "cocoa": true,
	"copper": true, "gold": true, "silver": true, "tin": true, "housing": true, "heating": true, "feed": true,
	"soymeal": true, "meal": true, "gas": true, "excess": true, "power": true, "electricity": true, "consumption": true, "supply": true,
}

// demandMovers are what a market's demand does: "demand rose", "demand
// remains sluggish", "demand should exceed supply".
var demandMovers = map[string]bool{
	"rose": true, "rise": true, "rises": true, "rising": true, "fell": true, "fall": true, "falls": true, "grew": true,
	"grow": true, "grows": true, "increased": true, "declined": true, "dropped": true, "slowed": true, "slackened": true,
	"remained": true, "remains": true, "exceed": true, "exceeded": true, "exceeds": true, "outstripped": true,
	"picked": true, "weakened": true, "strengthened": true, "eased": true, "jumped": true, "surged": true,
	"recovered": true, "improved": true, "slumped": true,
}

// demandAuxiliaries stand between a market's demand and the verb of its
// movement: "demand should exceed supply", "demand will rise".
var demandAuxiliaries = map[string]bool{"should": true, "will": true, "would": true, "could": true, "may": true, "might": true, "is": true, "was": true, "has": true, "had": true}

// demandStimulants act on a market's demand: "stimulate domestic demand",
// "boost demand".
var demandStimulants = map[string]bool{
	"stimulate": true, "stimulating": true, "stimulates": true, "boost": true, "boosting": true, "boosted": true,
	"expand": true, "expanding": true, "spur": true, "spurring": true, "dampen": true, "dampening": true,
	"depress": true, "depressing": true, "curb": true, "curbing": true, "revive": true, "reviving": true,
	"sustain": true, "satisfy": true, "meet": true, "met": true, "meeting": true, "reflate": true,
	"keep": true, "keeps": true, "kept": true, "keeping": true,
}

// marketDemand reports "demand" at t as a market's, not a party's: after
// a word that qualifies a market ("domestic demand", "oil demand"), after
// a verb that acts on one ("stimulate demand"), before a verb of its
// movement ("demand rose"), or in "supply/demand".
func marketDemand(toks []token, t int) bool {
	if t > 0 && (demandQualifiers[toks[t-1].norm] || strings.HasSuffix(toks[t-1].norm, "/")) {
		return true
	}
	for k := t - 1; k >= 0 && k >= t-2; k-- {
		if demandStimulants[toks[k].norm] {
			return true
		}
		if toks[k].punct {
			break
		}
	}
	next := t + 1
	if next < len(toks) && demandAuxiliaries[toks[next].norm] {
		next++ // "demand should exceed supply"
	}
	if next < len(toks) && demandMovers[toks[next].norm] {
		return true
	}
	if demandForGoods(toks, t) || marketDemandState(toks, t) { // marketdemand.go
		return true
	}
	// "demand and production"
	return t+1 < len(toks) && (toks[t+1].norm == "and" || toks[t+1].norm == "/") && t+2 < len(toks) && (toks[t+2].norm == "supply" || toks[t+2].norm == "production")
}

// demandedGoods are what a market demands: "demand for cars", "demand for
// Italian products" (with demandQualifiers: "demand for oil").
var demandedGoods = map[string]bool{
	"goods": true, "cars": true, "products": true, "imports": true, "exports": true, "services": true,
	"loans": true, "funds": true, "dollars": true, "yen": true, "bonds": true, "shares": true, "commodities": true,
	"metals": true, "tonnes": true, "barrels": true,
}

// demandForGoods reports "demand for" goods that a verb of movement
// follows within the clause: "demand for petroleum products generally
// falls", "demand for its oil will rise", "EC demand for cars is
// falling". Goods are needed: "the demand for his resignation grew" is a
// party's.
func demandForGoods(toks []token, t int) bool {
	if t+1 >= len(toks) || toks[t+1].norm != "for" {
		return false
	}
	goods := false
	for k := t + 2; k < len(toks) && k <= t+8; k++ {
		w := toks[k].norm
		if toks[k].punct {
			return false
		}
		// A mover first: "falling" also qualifies a market ("falling
		// demand"), and read so it would hide "for cars is falling".
		if goods && (demandMovers[w] || movingForms[w]) {
			return true
		}
		if demandQualifiers[w] || demandedGoods[w] {
			goods = true
		}
	}
	return false
}

// movingForms add to demandMovers the progressive forms of a market's
// movement: "demand is falling".
var movingForms = map[string]bool{
	"falling": true, "growing": true, "increasing": true, "declining": true, "slowing": true, "weakening": true,
	"recovering": true, "slackening": true, "slack": true,
}

// injuryForms are the verbs of harm that trade law also uses.
var injuryForms = map[string]bool{
	"injure": true, "injures": true, "injured": true, "injuring": true, "hurt": true, "hurts": true, "hurting": true,
	"harm": true, "harms": true, "harmed": true, "harming": true, "damage": true, "damaged": true, "damages": true, "damaging": true,
}

// economicVictims are what imports, prices and laws harm: an industry's
// producers, a party's interests, its trade.
var economicVictims = map[string]bool{
	"producers": true, "producer": true, "growers": true, "farmers": true, "industry": true, "industries": true,
	"interests": true, "interest": true, "economy": true, "economies": true, "exports": true, "imports": true,
	"trade": true, "sales": true, "profits": true, "earnings": true, "growth": true, "competitiveness": true,
	"business": true, "businesses": true, "companies": true, "firms": true, "makers": true, "manufacturers": true,
	"market": true, "markets": true, "exporters": true, "importers": true, "consumers": true, "prospects": true,
	"investors": true, "shareholders": true, "banks": true, "currency": true, "agriculture": true,
}

// economicAgents are what does economic harm: imports, prices, laws.
var economicAgents = map[string]bool{
	"imports": true, "exports": true, "dumping": true, "prices": true, "tariffs": true, "tariff": true,
	"legislation": true, "bill": true, "tax": true, "taxes": true, "subsidies": true, "quotas": true,
	"practices": true, "policies": true, "policy": true, "dollar": true, "rates": true, "competition": true,
}

// economicHarm reports a verb of harm whose object is an economic victim
// ("imports have injured U.S. producers", "legislation injuring EC
// interests") or whose agent is an economic one ("were injured by Japan's
// unfair trade practices", "hurt by imports").
func economicHarm(toks []token, t int) bool {
	if nounWithin(toks, t, 4, economicVictims) {
		return true
	}
	if t+1 < len(toks) && toks[t+1].norm == "by" {
		return nounWithin(toks, t+1, 6, economicAgents)
	}
	// The subject right before: "corn imports injure Canadian farmers".
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if toks[k].punct {
			break
		}
		if economicAgents[toks[k].norm] {
			return true
		}
	}
	return false
}

// meetForms are the forms of the verb "meet".
var meetForms = map[string]bool{"meet": true, "meets": true, "met": true, "meeting": true}

// metObligations are what one meets by fulfilling it: "met IMF
// requirements", "meet its financial obligations", "meet demand", "has
// not met the IAEA's demands".
var metObligations = map[string]bool{
	"obligations": true, "obligation": true, "requirements": true, "requirement": true, "criteria": true,
	"criterion": true, "conditions": true, "condition": true, "target": true, "targets": true, "demand": true,
	"needs": true, "deadline": true, "deadlines": true, "payments": true, "payment": true, "commitments": true,
	"standards": true, "standard": true, "costs": true, "expenses": true, "quota": true, "quotas": true,
	"goal": true, "goals": true, "expectations": true, "terms": true, "debts": true, "bills": true, "shortfall": true, "share": true,
	"demands": true, "need": true, "expectation": true, "aspirations": true, "wishes": true, "challenge": true, "challenges": true,
	"request": true, "requests": true, "pledges": true, "promises": true, "benchmarks": true, "benchmark": true, "timetable": true,
	"norms": true,
}

// tradeBalances are what a state cuts in its own accounts, no ties it
// cuts: "to reduce its trade surplus with the U.S.", "cut the deficit".
var tradeBalances = map[string]bool{
	"surplus": true, "surpluses": true, "deficit": true, "deficits": true, "imbalance": true, "imbalances": true,
	"gap": true, "friction": true,
}

// reductionForms are the forms of "reduce", which lowers a volume where
// "halt" and "freeze" stop a flow.
var reductionForms = map[string]bool{"reduce": true, "reduces": true, "reduced": true, "reducing": true}

// tradeFlows are the volumes of trade and payment a state or a firm
// lowers for its own reasons: "will reduce component imports from Japan",
// "cut LPG shipments to Japan by 20 pct".
var tradeFlows = map[string]bool{
	"imports": true, "exports": true, "shipments": true, "sales": true, "payments": true, "purchases": true,
}

// tradeFlowReduced reports a verb of halting at t that lowers a volume of
// trade: "reduce" with a flow of trade after it ("will reduce its
// payments", "to reduce their shipments to the United States"), or "cut"
// a flow by a measure ("cut LPG shipments to Japan by 20 pct"). A state
// that halts its imports from another, or cuts aid, still sanctions it.
func tradeFlowReduced(toks []token, t int) bool {
	if !nounWithin(toks, t, 4, tradeFlows) {
		return false
	}
	if reductionForms[toks[t].norm] {
		return true
	}
	if toks[t].norm != "cut" && toks[t].norm != "cuts" {
		return false
	}
	for k := t + 1; k+2 < len(toks) && k <= t+10; k++ {
		if toks[k].punct {
			return false
		}
		if toks[k].norm == "by" && toks[k+1].digit && (toks[k+2].norm == "pct" || toks[k+2].norm == "percent" || toks[k+2].norm == "%") {
			return true
		}
	}
	return false
}

// regulatedMarkets are what a state deregulates at home when it eases
// restrictions with no party to yield to: "ease restrictions on
// large-denomination bank deposits", "lift a ban on investment in foreign
// stocks", "ease currency restrictions", "measures to ease hardship".
var regulatedMarkets = map[string]bool{
	"deposits": true, "deposit": true, "currency": true, "currencies": true, "investment": true, "investments": true,
	"stocks": true, "shares": true, "securities": true, "production": true, "construction": true, "plants": true,
	"ecu": true, "hardship": true, "lending": true, "credit": true, "capital": true, "prices": true, "rates": true,
	"dividends": true, "banking": true, "mortgage": true, "mortgages": true,
}

// deregulatedMarket reports an easing at t whose object, within the
// clause, is a market a state regulates at home: "the Bundesbank is
// likely to lift restrictions on private use of the ECU".
func deregulatedMarket(toks []token, t int) bool {
	for k := max(0, t-2); k < len(toks) && k <= t+8; k++ {
		if k > t && toks[k].punct {
			return false
		}
		if regulatedMarkets[toks[k].norm] {
			return true
		}
	}
	return false
}

// offerForms are the forms of the verb "offer".
var offerForms = map[string]bool{"offer": true, "offers": true, "offered": true, "offering": true}

// securitiesOffered are what a firm or a borrower offers to investors: an
// issue sold, no offer made to a party ("offered 60 bonds in Germany",
// "will offer 12 mln shares in the U.S.").
var securitiesOffered = map[string]bool{
	"bonds": true, "bond": true, "notes": true, "shares": true, "stock": true, "securities": true, "debentures": true,
	"eurobonds": true, "certificates": true, "warrants": true, "units": true,
}

// guaranteeForms are the forms of the verb "guarantee".
var guaranteeForms = map[string]bool{"guarantee": true, "guarantees": true, "guaranteed": true, "guaranteeing": true}

// financialInstruments are what a state or bank guarantees as a
// creditor's surety: loans, bonds, notes, credits, exports financed.
var financialInstruments = map[string]bool{
	"loan": true, "loans": true, "bond": true, "bonds": true, "notes": true, "debt": true, "debts": true,
	"credit": true, "credits": true, "exports": true, "financing": true, "deposits": true, "borrowing": true,
	"borrowings": true, "facility": true, "mortgage": true, "mortgages": true, "securities": true, "paper": true,
	"issue": true, "eurobond": true, "eurobonds": true, "repayment": true, "repayments": true,
}

// guaranteedInstrument reports a passive "guaranteed by" whose subject,
// close before it, is a financial instrument: "the notes are guaranteed
// by the U.S. government", "exports guaranteed by the ECGD".
func guaranteedInstrument(toks []token, t int) bool {
	if t+1 >= len(toks) || toks[t+1].norm != "by" {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if toks[k].punct {
			break
		}
		if financialInstruments[toks[k].norm] {
			return true
		}
	}
	return false
}

// nounWithin reports whether one of nouns stands among the n words after
// t, before punctuation or a preposition or conjunction ends the phrase.
func nounWithin(toks []token, t, n int, nouns map[string]bool) bool {
	for k := t + 1; k < len(toks) && k <= t+n; k++ {
		if toks[k].punct || objectStops[toks[k].norm] {
			return false
		}
		if nouns[toks[k].norm] {
			return true
		}
	}
	return false
}

// firmSuffixWords close a firm's name in capitals ("Dynamics Corp",
// "Nippon Telegraph and Telephone Corp"); "Group" and "Securities" are
// left out, as bodies of states bear them too.
var firmSuffixWords = map[string]bool{
	"inc": true, "corp": true, "corporation": true, "co": true, "cos": true, "ltd": true, "plc": true, "ag": true,
	"nv": true, "gmbh": true, "llc": true, "company": true, "airlines": true, "airways": true, "industries": true,
	"holdings": true, "guild": true, "bancorp": true,
}

// firmNameCountry reports a country mention m that is part of a firm's or
// body's name, not the state: a ticker in wire copy's brackets ("<UK>"); after a firm's designator and "of"
// ("Dynamics Corp of America"), "America" closing the name of a body
// ("Writers Guild of America", which "United States of America" is not),
// or inside a capitalised run that a firm's designator closes ("Nippon
// Telegraph and Telephone Corp", "British Telecommunications Plc").
func firmNameCountry(body string, toks []token, m mention) bool {
	if m.ent.Kind != graph.Country || toks[m.last].poss {
		return false
	}
	if inAngleBrackets(body, toks[m.first]) {
		return true // a ticker: "Union Carbide Corp <UK>"
	}
	f := m.first
	if f >= 2 && toks[f-1].norm == "of" && toks[f-2].upper && !toks[f-2].punct {
		if firmSuffixWords[toks[f-2].norm] {
			return true
		}
		if toks[m.last].norm == "america" && toks[f-2].norm != "states" && toks[f-2].norm != "united" {
			return true
		}
	}
	for k := m.last + 1; k < len(toks) && k <= m.last+5; k++ {
		w := toks[k]
		if w.punct || w.hyphen || !w.upper && w.norm != "and" && w.norm != "of" {
			return false
		}
		if w.upper && firmSuffixWords[w.norm] && w.norm != "guild" {
			return true
		}
	}
	return false
}

// tradeBodies are trades named by what they make, buy or sell, which a
// country's name or demonym only places: "Japanese semiconductor makers
// criticised MITI", "U.S. banks have cut their lending".
var tradeBodies = map[string]bool{
	"makers": true, "manufacturers": true, "producers": true, "exporters": true, "importers": true, "banks": true,
	"bankers": true, "traders": true, "dealers": true, "brokers": true, "investors": true, "insurers": true,
	"shippers": true, "refiners": true, "retailers": true, "suppliers": true, "businessmen": true, "industry": true,
	"industries": true, "automakers": true, "carmakers": true, "chipmakers": true, "steelmakers": true,
	"growers": true, "mills": true, "utilities": true,
}

// tradeSubjectOpeners add to clauseOpeners the words that may stand right
// before a subject too: a coordinator, a relative, "said" before a reported
// clause, and the agent's "by".
var tradeSubjectOpeners = map[string]bool{
	"by": true, "and": true, "but": true, "which": true, "who": true, "said": true,
}

// npOpeners may open the noun phrase before the country's name: "some
// Japanese chip makers", "the U.S. livestock industry".
var npOpeners = map[string]bool{
	"the": true, "some": true, "many": true, "several": true, "most": true, "all": true, "other": true, "major": true,
	"leading": true, "big": true, "a": true, "few": true, "two": true, "three": true, "its": true,
}

// qualifiesTradeSubject reports a country mention m that only places a
// trade named as the subject of its clause ("some Japanese semiconductor
// makers", "after American lumber producers accused Ottawa"). A trade
// that receives an act keeps its country as the party acted on ("to
// revoke the licences of Japanese banks"): the state that acts on a
// firm acts on its country.
func qualifiesTradeSubject(toks []token, m mention) bool {
	if m.ent.Kind != graph.Country || toks[m.last].poss {
		return false
	}
	noun := -1
	for k := m.last + 1; k < len(toks) && k <= m.last+2; k++ {
		w := toks[k]
		if w.punct || w.upper || stateQualifiers[w.norm] || auxiliaries[w.norm] || toks[k-1].hyphen {
			return false
		}
		if tradeBodies[w.norm] {
			noun = k
			break
		}
	}
	if noun < 0 {
		return false
	}
	k := m.first - 1
	for k >= 0 && npOpeners[toks[k].norm] {
		k--
	}
	if k >= 0 && toks[k].norm == "by" {
		// "criticised by Japanese chip makers": the agent of a passive verb;
		// "dumping by Japanese chip makers" names the act done, which the
		// state that investigates it acts on.
		return k > 0 && (strings.HasSuffix(toks[k-1].norm, "ed") || strings.HasSuffix(toks[k-1].norm, "en"))
	}
	return k < 0 || toks[k].punct && !quoteMark(toks[k]) || clauseOpeners[toks[k].norm] || tradeSubjectOpeners[toks[k].norm]
}

// acquisitionWords make an offer or an agreement a takeover: what it
// acquires, or how.
var acquisitionWords = map[string]bool{
	"acquire": true, "acquisition": true, "buy": true, "purchase": true, "takeover": true, "merger": true,
	"merge": true, "buyout": true, "stake": true, "shares": true, "stock": true, "assets": true,
}

// bidNouns are the forms of "offer" and "bid" that name a takeover bid
// with "for" after them: "Pesch's first offer for American Medical".
var bidNouns = map[string]bool{"offer": true, "offers": true, "bid": true, "bids": true}

// acquisitionOffer reports an agreement or an offer to acquire a firm, its
// shares or its assets, or to sell or issue property, made by investors or
// firms: "Donald Trump has offered to acquire all Class B shares of Resorts
// International", "Colonial Bancgroup agreed to buy First National Bank",
// "agreed to spin off its property", "USAir's recent offer for Piedmont
// Aviation", "Pesch's revised offer" in news naming firms by tickers. A
// state that agrees or offers to buy goods or a stake ("the Soviets agreed
// to buy U.S. grain", "Saudi Arabia agreed to buy 132 warplanes") still
// makes a commitment (see privateParties).
func (a *article) acquisitionOffer(toks []token, c *candidate) bool {
	t := c.trigger
	if c.typ != graph.Agree || t < 0 || t >= len(toks) || !a.privateParties(c.actors) {
		return false
	}
	w := toks[t].norm
	if bidNouns[w] && t+2 < len(toks) && toks[t+1].norm == "for" && toks[t+2].upper {
		return true // "offer for Piedmont Aviation"
	}
	for k := t + 1; k < len(toks) && k <= t+4; k++ {
		if toks[k].punct {
			break
		}
		if acquisitionWords[toks[k].norm] {
			return true // "offered to acquire", "agreed to buy the business of"
		}
	}
	if !c.noun && (offerForms[w] || agreeForms[w]) && t+2 < len(toks) && toks[t+1].norm == "to" && acquisitionVerbs[toks[t+2].norm] {
		// "agreed to sell", "offered to issue", "agreed to take over"
		return toks[t+2].norm != "take" || t+3 < len(toks) && toks[t+3].norm == "over"
	}
	return c.noun && bidNouns[w] && a.firmsArticle() // "Pesch's revised offer"
}

// agreeForms are the forms of the verb "agree".
var agreeForms = map[string]bool{"agree": true, "agrees": true, "agreed": true, "agreeing": true}

// privateParties reports whether actors are all investors or firms: no
// country, no one the article or the gazetteer places in a state's
// service, and no body of a state (a firm of one country stays a firm:
// "the Egyptian Supply Ministry agreed to buy wheat" is the state's).
func (a *article) privateParties(actors []*graph.Entity) bool {
	if len(actors) == 0 {
		return false
	}
	for _, e := range actors {
		switch {
		case e.Kind == graph.Country, e.Kind == graph.Person && publicOffice(e):
			return false
		case e.Kind == graph.Organization && e.Country != "" && !a.isFirm(e):
			return false
		}
	}
	return true
}
