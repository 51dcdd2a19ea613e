package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestJudgementFrames checks the frames of judge.go (insult, blame and
// threat), each on a sentence made up for the test: the exact type,
// actors, targets and status.
func TestJudgementFrames(t *testing.T) {
	tests := []eventCase{
		{"a party called a pejorative", "Chile called Peru a thug and a liar.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a titled person branded a war criminal", "Chile branded the Peruvian President Ana Rosa Quispe a war criminal.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"person/ana-rosa-quispe", "PE"}}, graph.Reported, true},
		{"him stands for the person named before", "Sergey Lavrov met Ana Rosa Quispe in May. Later Lavrov called him a warmonger.",
			wantEvent{graph.Accuse, []string{"person/sergey-lavrov", "RU"}, []string{"person/ana-rosa-quispe"}}, graph.Reported, true},
		{"a party described as a pejorative", "Chile described Peru as a tyrant.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a party insulted", "Chile insulted Peru on Monday.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a party held responsible", "Chile held Peru responsible for the bombing.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"the finger pointed at a party", "Chile pointed the finger at Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"aim taken at a party's remarks", "Chile took aim at remarks made by Peru on Monday.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a harm blamed on a party", "Chile blamed the bombings on Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"condemnation drawn from a party", "Chile drew condemnation from Peru.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"under criticism from a party", "Chile came under criticism from Peru over the fishing dispute.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"blame on a party's word", "According to Chile, Peru is behind the attacks.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"consequences warned of on a condition", "Chile warned of serious consequences if Peru continues the tests.",
			wantEvent{graph.Threaten, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a party said to be to blame", "Chile said Peru was to blame for the violence.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a blast said to bear a party's hallmarks", "Chile said the blast bore the hallmarks of Hezbollah.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"org/hezbollah"}}, graph.Reported, true},
		{"pressure from a party said to be behind a harm", "Chile says pressure from Peru is behind the arrest.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"the sole responsibility of a party", "Chile said it was the sole responsibility of Peru that the talks failed.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a party said to suffer a response", "Chile said Peru would suffer a painful response if it attacks.",
			wantEvent{graph.Threaten, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a party warned to pay a price", "Chile warned that Peru will pay a heavy price.",
			wantEvent{graph.Threaten, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"consequences before the speaker", "Peru faces serious consequences if it does not withdraw, Chile warned.",
			wantEvent{graph.Threaten, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a conditional attack is a threat", "Chile said it would attack Peru if Peru crosses the border.",
			wantEvent{graph.Threaten, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"retaliation promised against a party's attack", "Chile said it would retaliate against any Peruvian attack.",
			wantEvent{graph.Threaten, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a party chided", "Chile chided Peru over the fishing dispute.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"revenge vowed", "Hezbollah vowed revenge against Israel.",
			wantEvent{graph.Threaten, []string{"org/hezbollah"}, []string{"IL"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a request, not a name", "Chile called on Peru to stop the interference.", graph.Accuse},
		{"a party not to blame", "Chile said Peru was not to blame for the violence.", graph.Accuse},
		{"responsible for a duty, not a harm", "Chile said Peru is responsible for the security of the border.", graph.Accuse},
		{"punishment escaped, not threatened", "Chile said Peru would be sent home rather than face punishment.", graph.Threaten},
		{"a conditional attack is not a planned assault", "Chile said it would attack Peru if Peru crosses the border.", graph.Assault},
		{"the subject of another clause is not blamed", "Chile said Peru had been ordered to find out who was behind the attack.", graph.Accuse},
		{"a party after a preposition is no subject", "Chile said limits on exports to the United States were to blame for the slump.", graph.Accuse},
		{"retaliation asked about", "Asked if Chile would retaliate against Peru, the minister said no.", graph.Threaten},
		{"a harm blamed on no one named", "The bombings were blamed on Peru.", graph.Accuse},
		{"gunfire is not criticism", "Chilean motorists came under fire from Peruvian gunmen.", graph.Accuse},
		{"retaliation without a promise", "Chile did not retaliate against Peru.", graph.Threaten},
		{"a plan with a condition is no threat", "Chile has a plan to seize Peru's ports if necessary.", graph.Threaten},
	})
}
