// Prologue: spring 1954, up to the eve of 16 May.
// Daryna's barrack, her brigade, her brother beyond the wall, the men's rumours.
// Shared variables set here: trust_ona, trust_andriy, risk_seen. No chapter-local variables.

=== prologue ===
# act: prologue
# date: 1954-03-05
# time: dawn
# place: women_barrack
# scene: barracks
# beat: prelude
# intensity: 1
The lock goes first: a key grinds in the padlock outside, the iron bar scrapes back, and cold air comes in under the door with the smell of coal smoke.
You lie still for one more breath on the top shelf of the vagonki, the double bunks that sleep four women to a frame. # term: vagonki # fact: vagonki_bunks
The windows are barred and the door is padlocked every night, because this is an osoblag, a special camp, with a harsher regime than the ordinary camps. # fact: special_camp_regime # term: osoblag
The white patches on the back and chest of your quilted jacket, on your cap and on your trouser knee all carry the same painted number, Ж-417, and the warders have orders to call you by that number instead of your name. # fact: prisoner_numbers # fiction: her prisoner number # term: prisoner_number
Your name is Daryna Kovalchuk, you are 24 years old, and you were 19 when they took you from your village near Ternopil for carrying bread and messages to the insurgents in the forest; the tribunal gave you twenty-five years, the longest term the law allows. # fiction: her age # fact: sentence_lengths
On the next frame Vera Sergeyevna, who was a typist in a Moscow ministry until she told a joke to the wrong friend, is buttoning her jacket with stiff fingers.
"He died a year ago today," she says. # speaker: vera # fact: stalin_death
Nobody asks who, because in this country, in these years, "he" can only mean one man.
What came was an amnesty, which opened the gates for ordinary criminals and for prisoners with short terms, but not for the politicals. # fact: amnesty_1953
That summer Beria, the police minister and the most feared man in the country after the dead one, was arrested, and before the New Year the newspapers reported that he had been shot as a traitor. # fact: beria_arrest_execution
Here nothing has changed: the same bars, the same numbers, the same count at the gate every morning. # fact: special_camp_regime
"It takes time," Vera says. "The law is slow, but it is the law, and they will review our cases." # speaker: vera
Below you Ona Vaitkutė, who taught children their letters in a village school near Kaunas before the war rolled over Lithuania twice, coughs into her sleeve; she is a Catholic, and the most careful person you know.
In the night somebody took the bread from the shelf by her head, and she says nothing; she never does.
Your own bread is in your hand: the morning ration, heavy and sour, the thing you will think about until noon.
+ [Break it, and give Ona half.]
    ~ trust_ona = MAX(trust_ona, 2)
    You break it along the crack and put the bigger half on her blanket before she can push it back.
    "On Sunday I will pray for you," Ona says in her careful Russian. "It is all the bread I have." # speaker: ona
    At noon, on the scaffold, you will feel the missing half like a stone under your ribs; you know that already, and you do it anyway.
+ [Keep it. The day is long, and the mortar is heavy.]
    You eat your bread slowly, facing the wall, the way everyone here learns to eat, and tell yourself that a woman who carries bricks on half a ration falls off the scaffold by noon, which is true, although it does not feel true.
+ [Ask Halyna, who gets parcels, to spare a crust for Ona.]
    Halyna Rudenko, who gets parcels when nobody else does, hands you a crust at once with a kind smile, and then, as you turn away, she asks: "And your brother in the second lagpunkt, do you ever hear from him?" # speaker: halyna # term: lagpunkt
    You have never told her that you have a brother.
- The nadziratel, Senior Sergeant Bobrov, bangs on the door frame with his keys: "Out for the count!" # speaker: bobrov # term: nadziratel
-> construction_site

=== construction_site ===
# act: prologue
# date: 1954-04-20
# time: day
# place: construction_site
# scene: construction
# beat: prelude
# intensity: 1
By April, when the steppe turns briefly green, your brigade is building two-storey brick houses for the free people of the new town. Off toward Dzhezkazgan lie the copper mines where the men go down in cages, and zeks have built almost everything you can see from the scaffold, except the sky. # fact: steplag_work # term: zek
Most of the brigade are Ukrainian girls like you, as almost half of Steplag's prisoners are Ukrainians, and the rest are two Lithuanians, a Latvian, an Estonian, a Russian, and a German girl from the Volga who sings as she works. # fact: steplag_nationalities
This month a men's brigade from the second lagpunkt is working on the next house, across a trench and a line of stakes guarded by two convoy soldiers with a dog, and although talking between brigades is forbidden, everyone talks anyway, with their eyes. # term: lagpunkt
One of the men has spent all morning up a pole with a coil of wire, fixing insulators and looking down at your brigade more often than an electrician needs to.
At the break, when the dog is led to the far end of the trench, the man on the pole says quietly: "Kovalchuk, from near Ternopil? Petro's sister?" # speaker: andriy
Nobody has said your brother's name to you in five years.
+ [Answer him, low, without lifting your head.]
    ~ trust_andriy = MAX(trust_andriy, 1)
    "Yes," you say to the bricks. # speaker: daryna
    "Andriy Savchuk, from Volhynia, I do the wires," he says, adjusting an insulator that needs no adjusting. "Petro is in my barrack, and he is alive. Look in your lime bucket." # speaker: andriy
    Then the dog comes back, and one of the soldiers turns his head your way and keeps it turned a little too long.
+ [Keep your eyes on the bricks. The convoy is right there.]
    You lay the next brick, and the next, without looking up, and when you go to the lime bucket to fill your trowel, a folded paper lies on its rim, grey with dust; he must have guessed you would not answer.
- The paper in the lime bucket is a scrap of cement sack, folded small, in your brother's clumsy pencil.
"Dara, I am alive, in the second, with good men, and I never meant to give them your name, they did not let me sleep for three nights. Do you hate me? P."
You push it into your mitten and think of the trial, where you sat on one bench and he on another; he was sixteen, and he never once looked at you, and you have not seen him since. # fiction: his age at the trial
-> barrack_evening

=== barrack_evening ===
# act: prologue
# date: 1954-04-20
# time: dusk
# place: women_barrack
# scene: barracks
# beat: prelude
# intensity: 1
In the evening there is balanda, a soup of water and grey cabbage, and there is news, because there is always news. # term: balanda # fact: balanda_gruel
Vera has it from a woman in the kitchen, who has it from a driver: since the winter the guards have opened fire on prisoners more than once, and people have died. # fact: guard_shootings_prelude
"In the men's zone they talk about a believer they called the Evangelist," Ona says quietly, "and some say a guard shot him for nothing, and nobody has answered for it." # speaker: ona # fact: named_prelude_victims
Then there are the thieves: a transport has brought blatnye into the third lagpunkt, professional criminals who live by the thieves' law and no other, and some say the bosses told them plainly to sort out the politicals. # fact: criminals_shipped_in # term: blatnoi # term: lagpunkt
"They want us to tear each other apart," Ona says, "so that they can say: look, animals." # speaker: ona
"Nonsense, it is a question of space," says Vera, but she says it too quickly. # speaker: vera
You are on your shelf with the paper in your mitten, listening to someone praying in Latvian, when the boards creak and Halyna sits down on the edge of your frame, close enough that you can smell the soap nobody else has.
"You have something from home, I saw it in your face at the gate," she says. # speaker: halyna
She shows you a letter of her own, worn soft, from the children's home where her Oksana is learning to read, and says with a small laugh that does not sound like one: "They send me one every month now, if I am good." # speaker: halyna
Every month: nobody else in the barrack gets a letter every month.
+ [Show Halyna the note. She has a child beyond a wall too.]
    ~ risk_seen = MAX(risk_seen, 1)
    You give it to her, and she reads it twice, her lips moving, before she hands it back with a warm look.
    "Your brother, how good! Which barrack is he in, and the man who brought it, which brigade?" # speaker: halyna
    "He didn't say," you tell her, which is true, and for some reason you are glad that it is true. # speaker: daryna
+ [Burn it in the stove before anyone else asks.]
    You climb down, open the stove door with your sleeve, and feed the paper to the coals, where it burns quickly, as cement sack always does.
    "You didn't have to do that because of me," Halyna says from your bunk, and smiles. # speaker: halyna
    You already know every word by heart, which is something, although it is not the same as his handwriting.
+ [Give it to Ona to keep in the cover of her prayer book.]
    ~ trust_ona = MAX(trust_ona, 2)
    Ona's prayer book is sewn from cement sacks, its prayers copied out from memory in tiny letters, and she slides your brother's note between the cover and the first page without a word.
    "If they find it, it is in my book, and then it is my trouble, not yours," she says later, when Halyna has gone. # speaker: ona
- That night, by the light of the stove, you write an answer on a scrap of the same grey paper with a pencil stub no longer than your thumb.
"Petro, I do not hate you. Stay alive. D."
It is all you can say, and it is more than you have said to him in five years.
-> gate_search

=== gate_search ===
# act: prologue
# date: 1954-05-10
# time: dawn
# place: gate
# scene: gate
# beat: prelude
# intensity: 2
For almost three weeks the answer rides in the lining of your mitten, until on a Monday in May the men's brigade is back on the next house and you decide to pass it today.
At the vakhta, the guardhouse by the gate, the brigades stand five to a row for the count and the search. # term: vakhta
Bobrov, who has the women's zone this month, is neither cruel nor kind; he has a wife and a small daughter in the settlement, and since the shootings of the winter he keeps glancing up at the watchtowers. # fact: guard_shootings_prelude
He is paid to find things, and his hands go along your sleeves, under your arms and into your mittens, until they stop and draw out the folded scrap.
"What is this, Ж-417?" # speaker: bobrov # fiction: her prisoner number
The column is waiting, and two rows behind you, you can feel Ona not breathing.
+ ["It's for my brother. We were tried together."]
    "It's for my brother in the second lagpunkt," you say. "We were tried together." # speaker: daryna # term: lagpunkt
    Bobrov unfolds it and reads slowly, his lips moving over the Ukrainian letters: a name, hate, alive.
    For a long moment he looks up at the tower, and then he folds the paper along its old creases and pushes it back into your mitten.
    "I found nothing," he says. "Next time I will find it. Go." # speaker: bobrov
    -> cable_drum
+ ["It's a prayer. My mother taught it to me."]
    "A prayer," you say, "my mother's." # speaker: daryna
    Bobrov studies the scrap for a long time, because although he cannot read it well, he can count the lines, and no prayer is that short.
    "Then God has read it already," he says, tearing it into small pieces, and when he opens his fingers the steppe wind carries them away over the wire. # speaker: bobrov
    Nothing goes into his notebook, and nothing goes to your brother either.
    -> road
+ [Say nothing.]
    You look at the button on his coat and say nothing, until Bobrov takes out a small notebook, licks his pencil, writes down your number, and pockets the note along with the notebook.
    ~ risk_seen = MAX(risk_seen, 1)
    "Someone will read it tonight," he says, not unkindly, "someone who reads better than me." # speaker: bobrov
    -> road

= road
The column goes out onto the road, and behind you Ona begins to breathe again.
-> wall_saturday

=== cable_drum ===
# act: prologue
# date: 1954-05-10
# time: day
# place: construction_site
# scene: construction
# beat: prelude
# intensity: 1
At the building site the electrician is working on the ground today beside a drum of cable, while a convoy soldier stands close by, smoking, bored.
+ [Drop it by the cable drum when the soldier turns his back.]
    ~ trust_andriy = MAX(trust_andriy, 1)
    You walk past with your load of bricks and let the paper fall, and his boot covers it. He does not look at you, which is how you know he saw.
    At the evening count he stands in the men's column across the road and touches his chest once, over the number, where a pocket would be.
+ [Keep it. Bobrov said next time, and he meant it.]
    You carry it back through the gate in the evening, and Bobrov searches the woman in front of you and the woman behind you, but not you.
    That night you push the note deep into the straw of your mattress to wait for a safer day.
- -> wall_saturday

=== wall_saturday ===
# act: prologue
# date: 1954-05-15
# time: dusk
# place: wall
# scene: wall
# beat: prelude
# intensity: 2
On Saturday evening, as the sun goes down red into the dust, a few women stand by the wall of the service yard with their faces turned up, listening to the whistling on the other side.
The camp is three lagpunkts inside one ring of wire and watchtowers: yours, the women's, is the first, while the men's second and third lie beyond high walls of adobe, grey mud brick, and between your zone and the second lies the khozdvor, the service yard, with its workshops and storerooms. # fact: kengir_lo3_structure # fact: adobe_walls # term: khozdvor # term: lagpunkt
All week the zone has been saying that the thieves in the third, who were brought in to break the politicals, have made common cause with them instead. # fact: criminals_shipped_in # fact: thieves_politicals_alliance
Helmi Saar, the Estonian doctor from Tartu who runs the women's sick bay with two thermometers and a great deal of patience, comes by with a basket of washed rags on her hip.
"I count my bandages every Saturday," she says to nobody in particular, "and tonight I counted them twice." # speaker: helmi
Then something comes turning over the wall and lands in the dust at your feet: a stone wrapped in paper and tied with thread, and you pick it up before you think and read the pencilled message, in Russian and then in Ukrainian:
"Sisters, do not be afraid of the noise tomorrow night, and keep away from the windows; we are coming for the walls, not for you."
Vera, beside you, has read it over your shoulder, and her face has gone the colour of the paper.
+ [Read it aloud to the women by the barrack. # discuss: note_over_the_wall]
    ~ risk_seen = MAX(risk_seen, 1)
    You read it out in Ukrainian and in Russian, loud enough to carry to the barrack step, and for a moment nobody speaks; then the girls from Lviv begin to whisper, and Ona comes to stand at your shoulder so that you are not alone.
    "Are you mad?" Vera hisses. "Do you want us all shot?" # speaker: vera
    Halyna, who has heard it too, goes off toward the latrine early, and she is a long time coming back.
+ [Fold it small, and keep it to yourself. # discuss: note_over_the_wall]
    You close your hand on it and walk away from the wall as if you had picked up nothing, while Vera follows you with her eyes and says nothing.
    That night you lie awake on your shelf with the paper under your cheek, while the whole barrack sleeps around you without knowing what you know.
+ [Give it to Vera. She says the warders must know, so that nobody is shot. # discuss: note_over_the_wall]
    ~ trust_ona = MAX(trust_ona - 1, 0)
    "Give it to me," Vera says. "If the warders know, they can stop it, and then nobody is shot, nobody at all." # speaker: vera
    You give it to her, and she walks straight to the gate with her back very straight.
    "Bobrov says they know already," she tells you when she comes back empty-handed, sounding almost hurt. "He says: go to bed, citizen." # speaker: vera
    Ona, who has watched it all from the barrack step, says nothing, but turns and goes inside ahead of you.
- At lights out the lock goes on again: the key, the bar, the padlock.
Ona whispers her prayers in Lithuanian on the shelf below you, and somewhere beyond the adobe a man is singing, badly, until he stops.
Tomorrow is Sunday.
-> breakthrough
