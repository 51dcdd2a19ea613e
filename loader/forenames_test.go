package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestForenameMentions checks people the gazetteer does not know, found by
// the given name that opens their name, and runs that open with a given
// name but name a place, an institution or someone the gazetteer knows.
func TestForenameMentions(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"a bare full name", "Simon Mann was arrested in 2004.", []string{"Simon Mann=PERSON/Simon Mann"}, nil},
		{"a name of three words", "Natasha Stott Despoja accused the government.", []string{"Natasha Stott Despoja=PERSON/Natasha Stott Despoja"}, nil},
		{"a hyphenated given name", "Police arrested Jean-Pierre Bemba on Saturday.", []string{"Jean-Pierre Bemba=PERSON/Jean-Pierre Bemba"}, nil},
		{"a particle inside the name", "Ali al-Dabbagh spoke on Monday.", []string{"Ali al-Dabbagh=PERSON/Ali al-Dabbagh"}, nil},
		{"a known person keeps the gazetteer's entry", "Vladimir Putin spoke.", []string{"Vladimir Putin=PERSON/Vladimir Putin"}, nil},
		{"a university named after a person", "He studied at George Washington University.", nil, []string{"George Washington=PERSON/George Washington"}},
		{"an airport named after a person", "The plane landed at John Wayne Airport.", nil, []string{"John Wayne=PERSON/John Wayne"}},
		{"a given name alone", "Simon spoke.", nil, []string{"Simon=PERSON/Simon"}},
		{"a given name before a country", "Pedro Spain spoke.", nil, []string{"Pedro Spain=PERSON/Pedro Spain"}},
	})
}

// TestForenameEvents checks that people found by their given name take
// part in events, and that one who only claims what others did is not
// their doer.
func TestForenameEvents(t *testing.T) {
	checkEvents(t, "2008-06-20", []eventCase{
		{"an unknown person arrested by a state's police", "Zimbabwean police arrested Simon Mann in 2004.",
			wantEvent{graph.Coerce, []string{"ZW"}, []string{"person/simon-mann"}}, graph.Reported, true},
		{"an unknown person accuses a state", "Natasha Stott Despoja accused the government of Australia of hypocrisy.",
			wantEvent{graph.Accuse, []string{"person/natasha-stott-despoja"}, []string{"AU"}}, graph.Reported, true},
	})
}

// TestClaimedDoer checks that whoever claims or says that others acted is
// not taken for the doer when the claimed clause has a subject of its own.
func TestClaimedDoer(t *testing.T) {
	for _, body := range []string{
		"Nasser Yousef claims militants opened fire on Egyptian troops.",
		"Russia said troops attacked Georgia.",
	} {
		ex, err := NewExtractor().Extract(Document{Article: graph.Article{ID: "t", Published: "2008-06-20"}, Body: body})
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range ex.Events {
			t.Errorf("%q: unexpected %s", body, ev.Label)
		}
	}
}
