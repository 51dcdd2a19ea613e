package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads two trigger words in the senses of business and
// administration that wire copy uses most.
//
// "Charged with" and a gerund after a body gives the body its task ("a
// Philippine panel charged with recovering illegal wealth", "the
// committee charged with drafting the law"): nobody is accused or
// arrested, as where a person is "charged with smuggling".
//
// "Pound" after a nationality, a number or a determiner is money ("Irish
// pounds", "16 cents a pound", "the Sudanese pound"), not the verb of
// shelling ("Israeli guns pounded the village").

// taskedBodies are nouns for bodies that are given a task.
var taskedBodies = map[string]bool{
	"panel": true, "committee": true, "commission": true, "agency": true, "body": true, "team": true,
	"council": true, "board": true, "office": true, "authority": true, "ministry": true, "department": true,
	"bureau": true, "tribunal": true, "inquiry": true, "watchdog": true, "regulator": true,
}

// moneyLeads are words before "pound" that make it a sum or a unit.
var moneyLeads = map[string]bool{
	"a": true, "an": true, "the": true, "per": true, "one": true, "each": true, "of": true, "mln": true,
	"million": true, "billion": true, "bln": true, "thousand": true, "sterling": true, "green": true,
}

// dropTaskCharges removes, from the candidates the sentence toks added
// from index from on, the accusations read from a body's task and the
// shelling read from a currency.
func (a *article) dropTaskCharges(toks []token, from int) {
	a.dropFound(from, func(c *candidate) bool { return chargedWithTask(toks, c) || a.poundOfMoney(toks, c) })
}

// chargedWithTask reports an arrest or accusation read from "charged
// with" and a gerund right after a body's noun: "a panel charged with
// recovering".
func chargedWithTask(toks []token, c *candidate) bool {
	t := c.trigger
	if (c.typ != graph.Coerce && c.typ != graph.Accuse) || t < 1 || t+2 >= len(toks) || toks[t].norm != "charged" {
		return false
	}
	if toks[t+1].norm != "with" || !strings.HasSuffix(toks[t+2].norm, "ing") {
		return false
	}
	return taskedBodies[toks[t-1].norm]
}

// poundOfMoney reports shelling read from "pound" or "pounds" after a
// number, a determiner or a nationality: "Irish pounds", "a pound".
func (a *article) poundOfMoney(toks []token, c *candidate) bool {
	t := c.trigger
	if c.typ != graph.Assault || t < 1 || t >= len(toks) || (toks[t].norm != "pound" && toks[t].norm != "pounds") {
		return false
	}
	prev := toks[t-1]
	if prev.digit || moneyLeads[prev.norm] {
		return true
	}
	for _, p := range a.x.gaz.phrases[prev.norm] {
		if p.form == formDemonym {
			return true // "Irish pounds", "the Lebanese pound"
		}
	}
	return false
}
