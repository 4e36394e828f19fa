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
The lock goes first. A key grinds in the padlock outside, the iron bar scrapes back, and cold air comes in under the door with the smell of coal smoke.
You lie still for one more breath. The ceiling boards are an arm's length above your face. You sleep on the top shelf of the vagonki, the double bunks that hold four women to a frame, two up and two down. # term: vagonki
There are bars on the windows. The door was locked all night, as it is every night. This is a special camp, and the rules here are harder than in the ordinary camps. # fact: special_camp_regime # term: osoblag
You pull on your quilted jacket. White patches are sewn on its back and chest, on your cap, on the knee of your trousers. Each one says the same thing: Ж-417. The warders are told to call you by the number, not by your name. # fact: prisoner_numbers # fiction: her prisoner number # term: prisoner_number
Your name is Daryna Kovalchuk. You are 24 years old. You were 19 when they took you from your village near Ternopil, for carrying bread and messages to the insurgents in the forest. # fiction: her age
The court gave you twenty-five years, the longest term the law allows. # fact: sentence_lengths
On the next frame, Vera Sergeyevna is buttoning her jacket with stiff fingers. She was a typist in a ministry in Moscow until she told a joke to the wrong friend.
"A year ago today," she says. "He died a year ago today." # speaker: vera # fact: stalin_death
Nobody asks who. In this country, in these years, "he" can only mean one man. A year ago some women in this barrack wept, and some sang under their breath, and most lay still and waited to see what would come.
What came was an amnesty. It opened the gates for thieves and for people with short terms. It did not open them for the politicals. # fact: amnesty_1953
Then the police minister, the most feared man in the country after the dead one, was arrested in the summer. Before the New Year the newspapers said he had been shot as a traitor. # fact: beria_arrest_execution
And here nothing has changed. The same bars. The same numbers. The same count at the gate every morning. # fact: special_camp_regime
"It takes time," Vera says. "The law is slow, but it is the law. They will review our cases. You will see." # speaker: vera
Below you, Ona coughs into her sleeve.
Ona Vaitkutė sleeps on the shelf under yours. She taught children their letters in a village school near Kaunas, before the war came over her country twice. She is Lithuanian and Catholic, and the most careful person you know.
This morning her hands are empty. Her bread was on the shelf by her head last night. Now it is gone. She does not say anything. She never says anything.
Your own bread is in your hand: the morning piece, heavy and sour, the thing you will think about until noon.
+ [Break it, and give Ona half.]
    ~ trust_ona = MAX(trust_ona, 2)
    You break it along the crack and put the bigger half on her blanket before she can push it back.
    Ona looks at it, and then at you. "On Sunday I will pray for you," she says in her careful Russian. "It is all the bread I have." # speaker: ona
    At noon, on the scaffold, you will feel the missing half like a stone under your ribs. You know that already. You do it anyway.
+ [Keep it. The day is long, and the mortar is heavy.]
    You eat your bread slowly, facing the wall, the way everyone learns to eat here.
    Ona does not ask. She would never ask. She ties her scarf and coughs again, and you tell yourself that a woman who carries bricks on half a ration falls off the scaffold by noon. It is true. It does not feel true.
+ [Ask Halyna, who gets parcels, to spare a crust for Ona.]
    Halyna Rudenko always has a little more than the rest. Parcels come for her when they come for nobody else, and letters too, about her daughter in a children's home somewhere in Ukraine.
    She gives you a crust at once, with a kind smile. Then, as you turn away, she asks: "And your brother? In the second lagpunkt, isn't he? Do you ever hear from him?" # speaker: halyna # term: lagpunkt
    You have never told her that you have a brother.
- The warder, Bobrov, bangs on the door frame with his keys. "Out! Out for the count!" # speaker: bobrov
-> construction_site

=== construction_site ===
# act: prologue
# date: 1954-04-20
# time: day
# place: construction_site
# scene: construction
# beat: prelude
# intensity: 1
By April the snow has gone, and the steppe is green for a few weeks, the only weeks it will be green all year.
Your brigade is building houses: stone houses with two floors and real windows, for the free people of the new town. Beyond the ridge are the copper mines, where the men go down in cages. Zeks have built almost everything you can see from the scaffold, except the sky. # fact: steplag_work # term: zek
Most of your brigade are Ukrainian girls like you; almost half of all the prisoners in Steplag are Ukrainians. The rest come from everywhere: two Lithuanians, a Latvian, an Estonian, a Russian, and a German girl from the Volga who sings while she works. # fact: steplag_nationalities
This month a men's brigade from the second lagpunkt works on the next house. Between you there is a trench, a line of stakes, and two soldiers of the convoy with a dog. Talking between brigades is forbidden. Everyone talks anyway, with their eyes. # term: lagpunkt
One of the men is up a pole with a coil of wire on his shoulder. He has been there all morning, fixing insulators, and he has looked down at your brigade more than an electrician needs to.
At the break, when the soldier with the dog walks to the far end of the trench, the man on the pole says, not loudly: "Kovalchuk? From near Ternopil? Petro's sister?" # speaker: andriy
Nobody has said your brother's name to you in five years.
+ [Answer him, low, without lifting your head.]
    ~ trust_andriy = MAX(trust_andriy, 1)
    "Yes," you say to the bricks. # speaker: daryna
    "Andriy Savchuk. From Volhynia. I do the wires." He does something to an insulator that does not need doing. "Petro is in my barrack. He is alive. Look in your lime bucket." # speaker: andriy
    Then the dog comes back, and he is only a man on a pole again. But one of the soldiers has turned his head your way, and stays turned a little too long.
+ [Keep your eyes on the bricks. The convoy is right there.]
    You lay the next brick, and the next. You do not look up.
    He waits. Then he climbs down, slowly, and walks along the stakes with his coil of wire, and for a moment he is close to the lime bucket at the end of your row.
    When you go to fill your trowel, there is a folded paper on the rim, grey with lime dust. He did not wait for your answer. He must have guessed you would not give one.
- The paper is a scrap of cement sack, folded small. The pencil is your brother's. You would know his bad letters anywhere.
"Dara. I am alive, in the second, with good men. I never meant to give them your name. They did not let me sleep for three nights. Do you hate me? P."
You push it into your mitten.
At the trial you sat on one bench and he sat on another. He was sixteen. He did not look at you once. That was the last time you saw him. # fiction: his age at the trial
-> barrack_evening

=== barrack_evening ===
# act: prologue
# date: 1954-04-20
# time: dusk
# place: women_barrack
# scene: barracks
# beat: prelude
# intensity: 1
In the evening there is balanda, a soup of water and grey cabbage, and there is news. There is always news. # term: balanda
Vera has it from a woman in the kitchen, who has it from a driver. Since the winter the guards have opened fire on prisoners more than once, and people have died of it. # fact: guard_shootings_prelude
"In the men's zone they talk about a believer they called the Evangelist," Ona says quietly. "Some say a guard shot him for nothing, and nobody has answered for it." # speaker: ona # fact: named_prelude_victims
"And now the thieves," says Vera. # speaker: vera
A transport has come into the third lagpunkt, and every man in it is a blatnoy: a professional thief who lives by the thieves' law and no other. Some say the bosses told them plainly to sort out the politicals. # fact: criminals_shipped_in # term: blatnoi # term: lagpunkt
"They want us to tear each other apart," Ona says. "Then they can say: look, animals." # speaker: ona
"Nonsense," says Vera. "It is a question of space." But she says it too quickly. # speaker: vera
You climb onto your shelf with the paper in your mitten. Below you the stove ticks. Someone is darning. Someone is praying in Latvian.
Then the boards creak, and Halyna is sitting on the edge of your frame, close, smelling of the soap nobody else has.
"You have something," she says. "I saw your face at the gate. From a man? From home?" # speaker: halyna
She takes a letter from her own pocket, worn soft. "From the children's home. My Oksana is learning to read. They send me a letter every month now, if I am good." She laughs at that, a small laugh that does not sound like one. # speaker: halyna
Every month. Nobody else in the barrack gets a letter every month.
+ [Show Halyna the note. She has a child beyond a wall too.]
    ~ risk_seen = MAX(risk_seen, 1)
    You give it to her. She reads it twice, her lips moving, and gives it back with a warm look.
    "Your brother. How good. Which barrack is he in, did he say? And the man who brought it, which brigade?" # speaker: halyna
    "He didn't say," you tell her. It is true. For some reason you are glad it is true. # speaker: daryna
+ [Burn it in the stove before anyone else asks.]
    You climb down, open the stove door with your sleeve, and feed the paper to the coals. It goes quickly. Cement sack always does.
    Halyna watches you from your bunk. "You didn't have to do that because of me," she says, and smiles. # speaker: halyna
    You know every word by heart already. That is something. It is not the same as his hand.
+ [Give it to Ona to keep in the cover of her prayer book.]
    ~ trust_ona = MAX(trust_ona, 2)
    Ona's prayer book is sewn from cement sacks, the prayers copied out from memory in tiny letters. She slides your brother's note between the cover and the first page without a word.
    "If they find it, it is in my book," she says later, when Halyna has gone. "Then it is my trouble, not yours." # speaker: ona
- That night, by the light of the stove, you write an answer on a scrap of the same grey paper, with a pencil stub no longer than your thumb.
"Petro. I do not hate you. Stay alive. D."
It is all you can say. It is more than you have said to him in five years.
-> gate_search

=== gate_search ===
# act: prologue
# date: 1954-05-10
# time: dawn
# place: gate
# scene: gate
# beat: prelude
# intensity: 2
For almost three weeks the answer rides in the lining of your mitten, because there is no safe way to pass it. Then on a Monday in May the men's brigade is back on the next house, and you decide: today.
At the vakhta, the guardhouse by the gate, the brigades stand five in a row for the count and the search. # term: vakhta
Senior Sergeant Bobrov has the women's zone this month. He is not cruel and he is not kind. He has a wife in the settlement and a small daughter; once he showed the girl's photograph to a brigadier, and then looked ashamed, as if he had shown something he should not. Since the shootings of the winter he has a new habit: he keeps looking up at the towers. # fact: guard_shootings_prelude
He is a nadziratel, a warder. He is paid to find things. His hands go along your sleeves, under your arms, into your mittens. # term: nadziratel
He stops. He draws out the folded scrap.
"What is this, Ж-417?" # speaker: bobrov # fiction: her prisoner number
The column is waiting. Ona is two rows behind you. You can feel her not breathing.
+ ["It's for my brother. We were tried together."]
    "It's for my brother," you say. "He is in the second lagpunkt. We were tried together." # speaker: daryna # term: lagpunkt
    Bobrov unfolds it. He reads slowly; the letters are Ukrainian, and his lips move over them. A name. Hate. Alive.
    For a long moment he looks at the tower. Then he folds the paper along its old folds and pushes it back into your mitten.
    "I found nothing," he says. "Next time I will find it. Go." # speaker: bobrov
    -> cable_drum
+ ["It's a prayer. My mother taught it to me."]
    "A prayer," you say. "My mother's." # speaker: daryna
    Bobrov looks at the scrap for a long time. He cannot read it well, but he can count the lines, and no prayer is that short.
    "Then God has read it already," he says. He tears it into small pieces and opens his fingers, and the steppe wind takes them away over the wire. # speaker: bobrov
    Nothing goes into his book. Nothing goes to your brother either.
    -> road
+ [Say nothing.]
    You look at the button on his coat and say nothing.
    Bobrov waits. Then he takes a small notebook from his pocket, licks his pencil, and writes your number down. The note goes into his pocket with the notebook.
    ~ risk_seen = MAX(risk_seen, 1)
    "Someone will read it tonight," he says, not unkindly. "Someone who reads better than me." # speaker: bobrov
    -> road

= road
The column goes out onto the road. The dog pulls at its leash. Behind you, Ona begins to breathe again.
-> wall_saturday

=== cable_drum ===
# act: prologue
# date: 1954-05-10
# time: day
# place: construction_site
# scene: construction
# beat: prelude
# intensity: 1
At the building site the men's brigade is on the next house again. The electrician from the pole is on the ground today with a drum of cable, and a soldier stands close by, smoking, bored.
The note is in your mitten. Bobrov has said: next time.
+ [Drop it by the cable drum when the soldier turns his back.]
    ~ trust_andriy = MAX(trust_andriy, 1)
    You walk past with your load of bricks and let the paper fall. His boot covers it. He does not look at you. That is how you know he saw.
    At the evening count he is in the men's column across the road, and he touches his chest once, over the number, where a pocket would be.
+ [Keep it. Bobrov said next time, and he meant it.]
    You carry it back through the gate in the evening. Bobrov searches the woman in front of you and the woman behind you. He does not search you.
    That night you push the note deep into the straw of your mattress. Some day there will be a safer way. You hope there will be a day.
- -> wall_saturday

=== wall_saturday ===
# act: prologue
# date: 1954-05-15
# time: dusk
# place: wall
# scene: wall
# beat: prelude
# intensity: 2
Saturday evening. The sun goes down red into the dust, and the whole zone smells of warm earth.
The camp is three lagpunkts inside one ring of wire and towers. Yours, the women's, is the first. The men's second and third lie beyond high walls of adobe, grey mud brick taller than two men. Between your zone and the second lies the khozdvor, the service yard, with its workshops and stores. # fact: kengir_lo3_structure # term: khozdvor # term: lagpunkt
All week there has been something in the air, like the weight before a storm. The thieves in the third were brought in to break the politicals, some say, and instead they have made friends with them. # fact: thieves_politicals_alliance
Near the wall of the service yard a few women stand with their faces turned up, listening. From the other side come whistles, and a man's voice calling a name, and another voice laughing at him.
Helmi Saar comes out of the sick bay with a basket of washed rags on her hip. She is a doctor from Tartu, a thin Estonian with grey hair cut short, and she runs the women's sick bay with two thermometers and a great deal of patience.
"I count my bandages every Saturday," she says to nobody in particular. "Tonight I counted them twice." # speaker: helmi
Then something comes over the wall, turning in the air, and lands in the dust at your feet: a stone wrapped in paper and tied with thread.
You pick it up before you think. The paper says, in pencil, in Russian and then in Ukrainian:
"Sisters. Do not be afraid of the noise tomorrow night. Keep away from the windows. We are coming for the walls, not for you."
Vera is beside you. She has read it over your shoulder, and her face has gone the colour of the paper.
+ [Read it aloud to the women by the barrack. # discuss: note_over_the_wall]
    ~ risk_seen = MAX(risk_seen, 1)
    You read it out, once in Ukrainian and once in Russian, loud enough for the barrack step. Nobody speaks. Then an old Latvian woman crosses herself, and the girls from Lviv start to whisper, and Ona comes and stands at your shoulder, so that you are not standing there alone.
    "Are you mad?" Vera hisses. "Do you want us all shot?" # speaker: vera
    Halyna has heard it too. She goes off towards the latrine, early, and she is a long time coming back.
+ [Fold it small, and keep it to yourself. # discuss: note_over_the_wall]
    You close your hand on it and walk away from the wall as if you had picked up nothing.
    Vera follows you with her eyes and says nothing. That night you lie awake on your shelf with the paper under your cheek and the whole barrack asleep around you, not knowing what you know.
+ [Give it to Vera. She says the warders must know, so that nobody is shot. # discuss: note_over_the_wall]
    ~ trust_ona = MAX(trust_ona - 1, 0)
    "Give it to me," Vera says. "If the warders know, they can stop it. Then nobody is shot. Do you understand? Nobody." # speaker: vera
    You give it to her. She walks straight to the gate with her back very straight.
    She comes back with empty hands. "Bobrov says they know already," she tells you. "He says: go to bed, citizen." She sounds almost hurt. # speaker: vera
    Ona has seen it all from the barrack step. She does not say anything. She turns and goes inside before you.
- At lights out the lock goes on again: the key, the bar, the padlock.
Ona whispers her prayers in Lithuanian on the shelf below you. Somewhere beyond the adobe a man is singing, badly, and then he stops.
Tomorrow is Sunday.
-> breakthrough
