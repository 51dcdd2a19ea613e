package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file keeps a country from acting where its name, demonym or
// possessive only says where the subject of a clause comes from, and that
// subject cannot act for the state: goods ("the Australian wheat would
// arrive in Bangladesh"), people who left or travel on their own account
// ("Rwandan refugees criticised Burundi", "Chinese tourists visited
// Japan"), and business with its trade groups ("U.S. cane sugar refiners
// urged Japan", "Japan's economic organisations urged"). Only the subject
// is read: a state that acts on such people or goods acts on their country
// ("an embargo on Georgian goods", "the arrest of Somali migrants"), and
// unnamed citizens who protest stand for their country (ANNOTATION.md),
// which is why plain "Kenyans" or "farmers" are no such subject.

// goodsNouns name goods, commodities, money and products: what a country
// makes or sells, never a party.
var goodsNouns = map[string]bool{
	"wheat": true, "grain": true, "grains": true, "corn": true, "maize": true, "rice": true, "sugar": true,
	"coffee": true, "cocoa": true, "tea": true, "beef": true, "meat": true, "pork": true, "poultry": true,
	"soybeans": true, "cotton": true, "wool": true, "timber": true, "lumber": true, "steel": true, "crude": true,
	"cars": true, "vehicles": true, "goods": true, "products": true, "exports": true, "imports": true,
	"shipments": true, "cargoes": true, "chips": true, "semiconductors": true, "textiles": true,
	"bonds": true, "securities": true, "stocks": true, "shares": true, "capital": true,
}

// travellerNouns name people abroad on their own account, or who fled
// their state: they do not act for it.
var travellerNouns = map[string]bool{
	"refugees": true, "refugee": true, "seekers": true, "migrants": true, "migrant": true, "immigrants": true,
	"emigrants": true, "tourists": true, "tourist": true, "holidaymakers": true, "backpackers": true,
	"travellers": true, "travelers": true, "pilgrims": true, "fans": true, "expatriates": true, "expats": true,
	"defectors": true, "escapees": true, "stowaways": true,
}

// businessNouns name firms, their people and their trade groups, in the
// singular too ("a top Swiss banker called for"): the firms and trades of
// privatebodies.go and commerce.go, read there only within two words of
// a country that is no possessive, come again here to reach "U.S. cane
// sugar refiners" and "Japan's biggest companies".
var businessNouns = map[string]bool{
	"banker": true, "bankers": true, "creditors": true, "lenders": true, "houses": true, "exporters": true,
	"importers": true, "producers": true, "refiners": true, "makers": true, "maker": true, "manufacturers": true,
	"manufacturer": true, "growers": true, "processors": true, "millers": true, "traders": true, "dealers": true,
	"investors": true, "shipowners": true, "airlines": true, "carriers": true, "insurers": true,
	"companies": true, "firms": true, "corporations": true, "businesses": true, "industry": true, "industries": true,
	"trader": true, "dealer": true, "exporter": true, "importer": true, "producer": true, "grower": true,
	"refiner": true, "investor": true, "lender": true, "firm": true, "company": true, "corporation": true,
	"banks": true,
}

// businessQualifiers turn a group noun into business's own: "Japanese
// business groups", "Japan's economic organisations", "U.S. farm lobby".
var businessQualifiers = map[string]bool{
	"business": true, "economic": true, "industry": true, "industrial": true, "trade": true, "farm": true,
	"employers": true, "commercial": true, "banking": true, "financial": true,
}

// businessGroupNouns are the heads a business qualifier makes private.
var businessGroupNouns = map[string]bool{
	"groups": true, "group": true, "organisations": true, "organizations": true, "leaders": true,
	"lobby": true, "lobbies": true, "associations": true, "association": true, "federations": true,
	"circles": true, "community": true, "interests": true, "executives": true,
}

// subjectQuantityNouns may stand with "of" before the country in the
// subject: "thousands of Rwandan refugees", "50,000 tonnes of Australian
// wheat", "representatives of U.S. cane sugar refiners".
var subjectQuantityNouns = map[string]bool{
	"representatives": true, "members": true, "delegation": true, "groups": true,
	"thousands": true, "hundreds": true, "dozens": true, "millions": true, "tonnes": true, "tons": true,
	"barrels": true, "bushels": true, "bales": true, "group": true, "number": true, "cargo": true,
	"shipment": true, "shipments": true, "lot": true, "lots": true, "scores": true, "bags": true,
}

// placesNonAgentSubject reports a country mention m that only says where
// the subject of its clause comes from, when that subject is goods,
// travellers or refugees, or business: "Rwandan refugees criticised
// Burundi" is no act of Rwanda.
func placesNonAgentSubject(toks []token, m mention) bool {
	if m.ent.Kind != graph.Country || toks[m.last].hyphen || m.last+1 >= len(toks) {
		return false
	}
	head := nonAgentHead(toks, m)
	if head >= 0 && passiveAgentPhrase(toks, m.first) {
		return true // tradegroups.go: "criticised privately by some Japanese makers for"
	}
	if head < 0 || !subjectEnds(toks, head) || passiveAfter(toks, head+1) {
		return false
	}
	return opensSubject(toks, m.first) || relativeSubject(toks, head) // tradegroups.go
}

// nonAgentHead returns the index of the head noun of a class above that
// the mention m qualifies, with up to two noun modifiers between ("U.S.
// cane sugar refiners", "Japanese business groups"), or -1.
func nonAgentHead(toks []token, m mention) int {
	business := false
	for k := m.last + 1; k < len(toks) && k <= m.last+3; k++ {
		w := toks[k]
		if w.punct || w.upper || w.digit || stateQualifiers[w.norm] || auxiliaries[w.norm] || toks[k-1].hyphen {
			return -1
		}
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].norm
		}
		switch {
		case businessGroupNouns[w.norm] && business,
			goodsNouns[w.norm] && !goodsNouns[next] && !travellerNouns[next] && !businessNouns[next],
			travellerNouns[w.norm] || businessNouns[w.norm]:
			return k
		case w.norm == "asylum" && next == "seekers":
			return k + 1
		}
		if !nounModifier(w.norm) {
			return -1 // "Jordan discussed the refugee crisis": a verb, not a modifier
		}
		business = business || businessQualifiers[w.norm]
	}
	return -1
}

// nounModifier reports whether w may stand between a country and its head
// noun: no determiner, no verb ("halted", "took", and "buys" in "China
// buys wheat": a word in -s only when a list above knows it).
func nounModifier(w string) bool {
	if strings.HasSuffix(w, "s") && !goodsNouns[w] && !businessQualifiers[w] && !businessNouns[w] && !travellerNouns[w] {
		return false
	}
	return !groupModifiers[w] && w != "a" && w != "an" && !strings.HasSuffix(w, "ed") && !verbTrigger(w) &&
		!pastForms[w] && !irregularPasts[w]
}

// subjectEnds reports whether the token after the head at h can follow a
// subject: the end of a clause, an auxiliary, a relative, or a verb (a
// word in -ed or -s, or, after a plural head, one the trigger lexicon
// knows), not a noun that makes the head a modifier ("Iraqi oil
// ministers", "a Chinese cargo ship").
func subjectEnds(toks []token, h int) bool {
	k := h + 1
	if k >= len(toks) {
		return false
	}
	w := toks[k]
	switch {
	case w.upper || w.digit || w.hyphen:
		return false
	case w.punct:
		return w.text == ","
	case isTitleWord(w.norm) || titles[w.norm] != "" || groupNouns[w.norm] || personNouns[w.norm] || subjectPluralNouns[w.norm]:
		return false
	case w.norm == "to":
		return false // "grain shipments to the Soviet Union": a preposition
	case auxiliaries[w.norm] || w.norm == "who" || w.norm == "which" || w.norm == "that":
		return true
	}
	return strings.HasSuffix(w.norm, "ed") || strings.HasSuffix(w.norm, "s") || strings.HasSuffix(w.norm, "ly") ||
		pastForms[w.norm] || irregularPasts[w.norm] || w.norm == "fled" || verbTrigger(w.norm) && strings.HasSuffix(toks[h].norm, "s")
}

// opensSubject reports whether the noun phrase whose country stands at
// first opens a clause: only determiners, numbers and a quantity with
// "of" come before it, and before them the sentence's start, a comma or a
// clause opener ("after Rwandan refugees arrived").
func opensSubject(toks []token, first int) bool {
	k := skipSubjectOpeners(toks, first-1)
	if k >= 1 && toks[k].norm == "of" && subjectQuantityNouns[toks[k-1].norm] {
		k = skipSubjectOpeners(toks, k-2)
	}
	if k >= 0 && toks[k].norm == "by" {
		// "criticised by Rwandan refugees": the agent of a passive verb;
		// "dumping by U.S. firms" names an act that others act on.
		return k > 0 && (strings.HasSuffix(toks[k-1].norm, "ed") || strings.HasSuffix(toks[k-1].norm, "en"))
	}
	return k < 0 || toks[k].punct && !quoteMark(toks[k]) || clauseOpeners[toks[k].norm] || tradeSubjectOpeners[toks[k].norm]
}

// passiveAfter reports a passive verb opening at k ("were attacked",
// "have been deported"): the subject suffers the act, and people who
// suffer a state's act keep their country as its target.
func passiveAfter(toks []token, k int) bool {
	be := false
	for end := k + 5; k < len(toks) && k < end; k++ {
		w := toks[k].norm
		switch {
		case beForms[w]:
			be = true
		case auxiliaries[w] || strings.HasSuffix(w, "ly"):
		default:
			return be && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || pastForms[w] || irregularPasts[w])
		}
	}
	return false
}

// subjectAdjectives may open a subject before the country besides
// npOpeners: "a top Swiss banker", "about 300 angry Sudanese refugees".
var subjectAdjectives = map[string]bool{
	"private": true, "top": true, "senior": true, "angry": true, "about": true, "some": true, "nearly": true, "almost": true,
	"four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "dozen": true,
}

// skipSubjectOpeners steps back from k over the words that may open a
// subject before the country and returns the first index before them.
func skipSubjectOpeners(toks []token, k int) int {
	for k >= 0 && (npOpeners[toks[k].norm] || subjectAdjectives[toks[k].norm] || toks[k].digit || isNumber(toks[k].norm)) {
		k--
	}
	return k
}

// currencyNouns name a country's money: "the U.S. dollar", "the West
// German mark". Markets, not parties, act on money: "support for the
// Australian dollar" and "a depreciation of the Zimbabwe dollar" are no
// acts for or against a state. Words that are verbs too ("mark", "pound",
// "won") count after a demonym only.
var currencyNouns = map[string]bool{
	"dollar": true, "dollars": true, "currency": true, "currencies": true, "yen": true, "franc": true,
	"francs": true, "peso": true, "pesos": true, "lira": true, "rupee": true, "rupees": true, "rand": true,
	"guilder": true, "guilders": true, "schilling": true, "schillings": true, "markka": true, "crown": true,
	"crowns": true, "krona": true, "krone": true, "dinar": true, "dinars": true, "riyal": true, "rouble": true,
	"ruble": true, "roubles": true, "rubles": true, "yuan": true, "baht": true, "ringgit": true, "rupiah": true,
	"shekel": true, "shekels": true, "escudo": true, "drachma": true, "peseta": true, "pesetas": true,
}

// currencyVerbs are the currency nouns that are also verbs.
var currencyVerbs = map[string]bool{"mark": true, "marks": true, "pound": true, "won": true}

// namesCurrency reports a country mention that names the country's money,
// in any role: "the U.S. dollar fell", "pressure on the Taiwan dollar".
func namesCurrency(toks []token, m mention) bool {
	if m.ent.Kind != graph.Country || toks[m.last].poss || toks[m.last].hyphen || m.last+1 >= len(toks) {
		return false
	}
	w := toks[m.last+1].norm
	return currencyNouns[w] || currencyVerbs[w] && m.form == formDemonym
}
