package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads "host" in its senses of broadcasting and the web: "a
// talk show host for the network", "she hosts the website", "The Hour,
// hosted by George Stroumboulopoulos", "a Web host located in Florida",
// "blogs hosted on the server", "the station hosted the MP". Nobody
// receives a visitor; the visit rule's reading of a host and a guest does
// not hold.

// broadcastWords near "host" name a programme, a station or a site.
var broadcastWords = map[string]bool{
	"show": true, "shows": true, "talk": true, "program": true, "programme": true, "programs": true,
	"programmes": true, "radio": true, "television": true, "tv": true, "website": true, "websites": true,
	"site": true, "sites": true, "blog": true, "blogs": true, "web": true, "internet": true, "online": true,
	"network": true, "podcast": true, "broadcast": true, "broadcaster": true, "anchor": true, "server": true,
	"servers": true, "channel": true, "station": true, "episode": true, "episodes": true,
	"series": true,
}

// broadcastReachBefore and broadcastReachAfter bound the words searched
// around the trigger: "talk show host", "hosts the website TheSite.com".
const (
	broadcastReachBefore = 4
	broadcastReachAfter  = 7
)

// dropBroadcastHosts removes, from the candidates the sentence toks added
// from index from on, the visits read from a host of a programme or site.
func (a *article) dropBroadcastHosts(toks []token, from int) {
	a.dropFound(from, func(c *candidate) bool { return broadcastHost(toks, c) })
}

// broadcastHost reports a visit read from a form of "host" with a word of
// broadcasting or the web within a few words.
func broadcastHost(toks []token, c *candidate) bool {
	t := c.trigger
	if c.typ != graph.Consult || t < 0 || t >= len(toks) || !strings.HasPrefix(toks[t].norm, "host") {
		return false
	}
	for k := max(0, t-broadcastReachBefore); k < len(toks) && k <= t+broadcastReachAfter; k++ {
		if broadcastWords[toks[k].norm] || k < t && toks[k].norm == "news" {
			return true // "CHCH News hosted", "a news anchor and talk show host"; not "hosted X at a news conference"
		}
	}
	return false
}
