// Fyodor, chapter 4: the dawn of 26 June 1954, in men's lagpunkt 3.
// Entry: fyodor_dawn (from fyodor_ch3_forty_days.ink). Exits: -> fyodor_steppe (fyodor_ch5_aftermath.ink),
// or -> ending_fyodor_killed (fyodor_epilogues.ink) on one narrow path: at the barricade he climbs the
// stones to call to the soldiers as a Red Army officer, and will not come down.
// Sets did_dawn: at_barricade without a choice when did_post == defence or did_teach == 2 (his roster,
// or the boys he taught, are waiting there); otherwise he chooses between the barrack and the barricade.
// Nudges trust_mykola, trust_dudin and risk_seen (MIN/MAX). Reads did_post, did_teach, trust_mykola.
// No chapter-local variables: every branch merges on the shared ones.
// The same on every path that goes on (ch5 and the endings rely on it without a variable): Mykola
// comes through the morning unhurt and is not among the men kept with tied hands; Dudin is alive;
// Red Zhora is alive (Kostya left on the trucks of 23 May). Men whose wrists were tied are cut loose before the march to the steppe.

=== fyodor_dawn ===
# act: assault
# date: 1954-06-26
# time: night
# place: men_zone
# scene: barracks
# beat: assault
# intensity: 2
You wake up counting, the way you did at the front, before you know what you are counting: engines, several of them, beyond the wall, idling and rising and idling again.
For weeks the loudspeakers have ordered the camp back to work and complained that the coal trains stand unloaded, but tonight they are silent. # fact: authority_broadcasts
You know that sound from outside Moscow in the first winter of the war, and from every road to Königsberg: tank engines warming up before an attack.
Around you the men of lagpunkt 3 are sleeping in their clothes, with their boots beside their heads, as they have done every night this month. # term: lagpunkt
{
- trust_mykola >= 2:
    On the next bunk Mykola is already sitting up and lacing his boots. "So it is today, Captain," he whispers, as though the two of you had a bet on it. # speaker: mykola
- trust_mykola == 1:
    The bunk next to yours is empty, because Mykola went out after midnight, as he often does, and as usual he did not say where he was going.
- else:
    The bunk next to yours is empty and its blanket is folded square, because Mykola has hardly spoken to you lately, and tonight he went out without a word.
}
Below you Pavel Nikanorovich Dudin is sitting on the edge of his bunk, fully dressed, with his hands on his knees, like a man waiting at a station for a train.
"If it is them, Fedya, then when they call us, we go out," he says, "because we are not soldiers any more, you and I." # speaker: dudin
{
- did_post == clerk:
    Under your mattress is a tin box of the commission's papers, fair copies in your own careful handwriting: the demands, the minutes, and the lists of the barrack brigades, with names. # fact: barrack_brigades # term: commission
- did_post == defence:
    The military department's roster has your name on it for the barricade across the road to the gate, from three o'clock until six, and it is not yet three.
- else:
    You hold no position in the commission, because you have been careful to hold none, and tonight you cannot say whether that was wisdom or only caution. # term: commission
}
{
- did_teach == 2:
    The boys of your squad have the homemade grenades that you taught them to make and throw, and they will be waiting for you at the barricade. # fact: pikes_grenades
- did_teach == 1:
    All week you drilled your squad in one thing only: when it starts, get down flat, behind stone and never behind wood, and stay down until it is over.
- else:
    When the squad leader asked you to teach his men, you refused, and tonight you still do not know whether that was loyalty or only fear.
}
You sit up and reach for your boots, knowing that whatever you intend to do, you must do it now.
{did_post == clerk:
    -> box
}
-> choose

= box
The box is very light for what it holds: everything the strike asked for, and every name that you wrote down.
+ [Burn it all in the stove, minutes and lists together.]
    You feed the pages into the stove one at a time, and they curl and blacken, the demands together with the names.
    "You are burning the only proof that we asked for nothing but the law," Dudin says quietly from below, and you keep feeding the stove. # speaker: dudin
+ [Keep the box. It is the record, and the record is on your side.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You push the box deeper under the straw, because anyone who reads those pages will see that the strike asked for nothing against Soviet power.
    Anyone who reads them will also see your handwriting on every page, and the names.
- -> choose

= choose
{did_post == defence or did_teach == 2:
    -> called
}
{trust_mykola >= 2:
    Mykola stands by the door and waits for a moment, without asking you anything.
}
+ [Stay with Dudin and keep the barrack down on the floor.]
    ~ did_dawn = in_barrack
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    -> fyodor_barrack_floor
+ [Go out to the barricade{trust_mykola >= 2: with Mykola}.]
    ~ did_dawn = at_barricade
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    Dudin says your name once, and then, without another word, he lies down on the floor between the bunks.
    -> fyodor_barricade

= called
{did_post == defence:
    Your name is on the roster, and for a man who has been an officer, a roster is a roster.
- else:
    The boys you taught are waiting at the barricade, because you promised them that you would come.
}
Dudin takes hold of your sleeve. "Fedya, they have tanks, and you know better than anyone what tanks do, so stay here with us," he says. # speaker: dudin
+ [Press his hand and tell him to keep the men down.]
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    "Keep them down, Pavel Nikanorovich, flat between the bunks until it is over," you say. # speaker: fyodor
    He holds your hand a moment longer than he needs to, and then he lets it go.
+ [Pull your sleeve free without a word.]
    He lets go at once, as though he had expected it, and you do not look back at his face.
-
~ did_dawn = at_barricade
-> fyodor_barricade

=== fyodor_barrack_floor ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: men_zone
# scene: assault
# beat: assault
# intensity: 3
You get the men down between the bunks, the way you once got a gun crew down under shelling, and you lie down last of all, beside the door.
{did_teach == 1:
    The men from your squad are flat on the boards before you have finished speaking, with their heads behind the bricks of the stove, exactly as you drilled them.
}
A little after three the first flare goes up, and the barrack windows turn white. # fact: assault_time # fact: assault_opening
Single shots crack on the roofs where the pickets keep watch, too slow and too careful to be anything but snipers. # fact: assault_opening
Then comes the sound that you have been waiting for: the gates grinding open, and the tracks of something heavy on the hard ground. # fact: assault_opening
Every loudspeaker speaks at once: soldiers are entering the zone, prisoners who wish to cooperate should come out quietly, and those who resist will be shot. # fact: loudspeaker_text # term: zona
Dudin gets up on his knees and buttons his collar. "You heard them: it is an order, and an order can be obeyed, so come out with me, Fedya," he says. # speaker: dudin
From the next barrack comes a shout of many voices, followed by the crash of something heavy.
+ [Go out with Dudin, hands empty, toward the voice.]
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    You follow him out into the white light with your hands open, and the old man walks as though he were going to a meeting of the district committee.
    At the corner a tank is turning, and soldiers in helmets are running bent over behind it. # fact: troops_behind_tanks
    In the road behind the tank lies a man who ran the wrong way, and he does not move.
    A soldier screams at you both to lie down, so you lie in the dust, and Dudin says into it, very clearly, that you came out as you were ordered.
+ [Keep the men down, and stay down yourself.]
    Something enormous goes past the outside wall, so that the boards shake and plaster dust sifts down over the bunks.
    Dudin stays on his knees for a long time, and then he lies down beside you without a word.
    Under the bunk opposite, a boy from Lviv is saying his multiplication tables under his breath, and at seven times eight you realise that you are saying them with him.
- -> fyodor_sunrise

=== fyodor_barricade ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: men_zone
# scene: assault
# beat: assault
# intensity: 3
You run bent double to the barricade across the road to the gate: stones, bed frames and a cart turned on its side.
{did_post == defence:
    The department's runner ticks your name on a scrap of paper, as though this were an ordinary shift at the quarry.
}
{did_teach == 2:
    The boys of your squad are here with their tins, and they look at you the way your gun crews once did, as though you knew what would happen.
}
{did_teach == 1:
    The boys of your squad are here already, and they have each picked out the stones that they will lie behind.
}
{trust_mykola >= 2:Mykola is beside you, and he makes room for you on the stones.|Mykola is here already, and he nods to you as though you were late for work.}
Red Zhora is here too, with a bucket of stones and his cap on the back of his head. "Politicals and thieves on the same barricade, Captain: my mother would never believe it," he says. # speaker: zhora # fact: thieves_politicals_alliance
A little after three the flares go up, and the pickets on the roofs fall one after another to shots you hardly hear. # fact: assault_time # fact: assault_opening
Then the gates swing open, and by the light of the flares you recognise the shapes at once: T-34s, the tanks that you followed across half of Europe. # fact: assault_forces # fact: assault_opening # term: t34
Soldiers in full battle dress come in behind them, bent low. # fact: troops_behind_tanks
The loudspeakers are shouting that prisoners who wish to cooperate should come out quietly, and that whoever resists will be shot. # fact: loudspeaker_text
The rifles sound thin, like boards slapped together, and some say they are only firing blanks, until a man beside the cart sits down and does not get up. # fact: blanks_vs_live
{did_teach == 2:
    The boys light their fuses the way you showed them and throw, but in the smoke you cannot see whether anything reaches the armour.
    Years later Solzhenitsyn, who was never here, will write that homemade sulphur grenades were probably thrown at the tanks. # fact: molotov_claim # fact: solzh_not_witness
- else:
    The men throw stones, which ring off the armour and drop into the dust.
}
The nearest tank turns toward the barricade, slowly, as though it had the whole morning.
"Captain," Mykola says, and for once he is not smiling, "tell us what to do, because you know these things." # speaker: mykola
+ [Order everyone down and back behind the barrack wall.]
    "Down and back, behind the wall!" you shout, in a voice that comes out of the war, and men move before they have time to think. # speaker: fyodor
    They crawl into the shadow of the barrack as the tank climbs the barricade, and the bed frames fold under it like paper.
    {trust_mykola >= 2:Mykola comes last, dragging Zhora by the collar, and you can see that he is not angry with you.|Mykola comes back last of all, and the look he gives you says that he would have stayed.}
    -> fyodor_sunrise
+ [Stay on the barricade with Mykola and the boys.]
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You stay, and Mykola stays beside you, and the tank comes through the stones as though they were straw.
    Soldiers are suddenly everywhere; a rifle butt comes down, and you are on your knees with your face in the dust.
    When you can see again, Mykola is gone from the stones, and you have no idea where he went.
    Two soldiers twist your arms behind you and tie your wrists with wire, and the hands of the younger one are shaking.
    -> fyodor_tied
+ [Climb up on the stones and call to the soldiers as a Red Army officer.]
    -> fyodor_on_the_stones

=== fyodor_on_the_stones ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: men_zone
# scene: assault
# beat: assault
# intensity: 3
You climb onto the cart, into the full white light, and give your rank and your name in the voice that once carried across a firing position.
"Soldiers, these are Soviet people, and nobody here is against Soviet power, so hold your fire!" you shout. # speaker: fyodor
For a moment a soldier by the gate lowers his rifle and looks up at you: a boy with big ears under his helmet, who looks as though he is waiting to be told what to do.
Behind you Mykola has hold of your boot. "Get down, you fool, because they cannot hear you," he says. # speaker: mykola
+ [Keep calling. They are Soviet soldiers, and a Soviet officer is speaking to them.]
    You shake off Mykola's hand and call again, louder, and the boy by the gate is still looking up at you.
    -> ending_fyodor_killed
+ [Get down.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You come down off the cart into Mykola's arms, and the two of you fall behind the stones as the tank climbs them.
    A moment later Mykola has vanished into the dark between the barracks, and a soldier is kneeling on your back, tying your wrists with wire.
    Above you someone says that this is the one who was shouting, and someone else writes it down.
    -> fyodor_tied

=== fyodor_tied ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: gate
# scene: gate
# beat: assault
# intensity: 3
They sit you on the ground by the vakhta, the guardhouse at the gate, with the other men whose wrists are tied, and the wire bites whenever you move. # term: vakhta
The sun comes up red over the wall while the shooting thins and stops, until there is one more shot, far away.
Later Solzhenitsyn will write that the hardest fighting was here in lagpunkt 3, and that one barrack rushed out twice, shouting "hurrah". You heard a shout like that in the dark, and then you did not hear it. # fact: resistance # term: lagpunkt
Beside you sits Yurko, the youngest of the boys from the barricade, who still writes to his mother in pencil.
An officer comes along the row with a notebook, asking each man what he was doing at the barricade.
Yurko's lips are white, because he carried stones{did_teach == 2:, and he carried the tins that you taught him to make}.
+ [Tell the officer the boy only carried water, and that the orders were yours.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    "The boy carried water, and the orders were mine," you say. # speaker: fyodor
    The officer looks at your face, then at the number on your chest, and writes; then he points at Yurko and tells a soldier to cut him loose. # term: prisoner_number
+ [Say nothing, and let the boy answer for himself.]
    Yurko says that he carried water, and his voice cracks on the last word, and the officer writes something and moves on, and you never learn what he wrote.
- By mid-morning there are too many tied men for the trucks, so an officer cuts the wire off your wrists and sends you to the column with the rest.
You understand that this is not mercy, but arithmetic.
-> fyodor_steppe

=== fyodor_sunrise ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: men_zone
# scene: assault
# beat: assault
# intensity: 3
The sun comes up red over the wall while the shooting thins and stops, until there is one more shot, far away.
Later Solzhenitsyn will write that the hardest fighting was here in lagpunkt 3, and that one barrack rushed out twice, shouting "hurrah". You heard a shout like that in the dark, and then you did not hear it. # fact: resistance # term: lagpunkt
Soldiers go from barrack to barrack, ordering every man out with his hands on his head, and a dog lies down in the road and has to be dragged.
Where the barricade stood, the tracks have gone over something that you do not look at twice, and the men around you do not look at it either. # fact: tanks_crushing
They line you up along the barrack wall. {did_dawn == in_barrack:Dudin stands beside you, buttoned to the collar.|You do not know where Dudin is.}
Mykola is three men along. {trust_mykola >= 2:When he sees you, he shuts his eyes for a second, which from him is a great deal.|He does not look your way.}
A lieutenant walks down the line with two soldiers, turning out every man's pockets, and you see Mykola's hand go to his sleeve, where something folded and white shows for a moment.
+ [Step half a pace forward, so that the lieutenant looks at you first.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    "Zimin, quarry brigade," you announce before he asks, in a parade-ground voice, and he stares at you long enough for Mykola's hand to finish what it is doing. # speaker: fyodor
    The lieutenant writes down your number, but he does not write down Mykola's. # term: prisoner_number
+ [Keep still and look at the wall.]
    You look at the wall, at a crack in the whitewash shaped like the Volga at Yaroslavl.
    When the lieutenant reaches Mykola, there is nothing in his sleeve, and you will never know where it went.
- -> fyodor_steppe
