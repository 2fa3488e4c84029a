/// Common given names worldwide (lowercase, romanized). A capitalized pair that starts with one
/// is a likely personal name even without a title or speech verb.
enum GivenNames {
    static func contains(_ lower: String) -> Bool { nameSet.contains(lower) }
    /// ``names`` for the tests (see ``WordSet``).
    private static let nameSet = WordSet(names)

    static let names: Set<String> = Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    private static let list = """
    aaron abby abdul abdullah abel abigail abraham adam adams adel adrian adriana agnes ahmad ahmed aidan aisha \
    akbar akira alan albert alberto alejandro aleksandr aleksei alex alexander alexandra alexandre alexei alexis \
    alfred alfredo ali alice alicia alina alison allan allen alma amanda amber amelia amin amina amir amit amos amy \
    ana anand anastasia anders andrea andreas andrei andres andrew andrzej andy angela angelo angus anil anita ann \
    anna anne annette anthony anton antonio anwar arjun armando arnold arthur arun arvind asad ashley ashok ashraf \
    audrey austin avi ayesha barbara barry bashar basil beatrice ben benjamin benny bernard bernie beth betty \
    bill billy bob bobby boris brad bradley brandon brenda brett brian bridget bruce bruno bryan byron camila \
    carl carla carlos carmen carol caroline carolyn catherine cecilia celia chad charles charlie charlotte chen \
    cheryl chris christian christina christine christopher chuck cindy claire clara claude claudia clifford \
    colin connie conor craig cristina curtis cynthia dale dan dana daniel daniela danny daria darius darren dave \
    david dean deborah debra denis dennis derek diana diane diego dimitri dina dmitry dmitri dominic don donald \
    donna doris doug douglas duncan dustin dylan earl ed eddie edgar edith edmund eduardo edward edwin elaine \
    elena eli elias elif elijah elisabeth eliza elizabeth ella ellen elliot elon emily emma emmanuel enrique eric \
    erica erik erin ernest ernesto esther ethan eugene eva evan evelyn fahad faisal farah farid fatima federico \
    felipe felix fernando filippo fiona frances francesca francesco francis francisco frank franklin fred \
    frederick gabriel gabriela gail gary gavin gene geoffrey george georg gerald gerard gerhard gilbert gina \
    giorgio giovanni giuseppe glen glenn gloria gordon grace graham grant greg gregory guillermo gustavo guy \
    hamid hans harold harriet harry hasan hassan heather hector heidi heinz helen helena henry herbert hilary \
    hillary hiroshi howard hugh hugo hussein ian ibrahim igor imran ingrid irene iris isaac isabel isabella \
    ismail ivan jack jackie jacob jacqueline jaime jake james jamie jan jane janet janice jared jason javier jay \
    jean jeff jeffrey jen jennifer jenny jeremy jerome jerry jesse jessica jesus jill jim jimmy jo joan joanna \
    joe joel johann johannes john johnny jon jonathan jorge jose joseph josh joshua joyce juan judith judy julia \
    julian julie julio justin kamal kamala karen karim karin karl kate katherine kathleen kathryn kathy katie \
    kay keith kelly ken kenji kenneth kevin khalid kim kimberly kirk klaus kumar kurt kyle lara larry laura \
    lauren lawrence lee leila leo leon leonard leslie li liam linda lisa liu lois lorenzo louis louise lucas \
    lucia lucy luis luke lydia lynn magnus mahmoud manuel marc marcel marco marcus margaret maria mariana marie \
    marina mario marion mark marta martha martin mary mateo matt matthew maurice max maxim maria mehmet melanie \
    melissa michael michel michelle miguel mikhail mike miriam mitch mohamed mohammad mohammed monica muhammad \
    mustafa nadia nancy naomi narendra natalia natalie nathan neil nelson nicholas nick nicola nicolas nicole \
    nikolai nina noah nora norman olga oliver olivia omar oscar pablo pamela paolo patricia patrick paul paula \
    pedro peggy peter philip phillip pierre rachel rafael rahul raj rajesh ralph ramon randy raul ravi ray \
    raymond rebecca reza ricardo richard rick rita rob robert roberta roberto robin rod rodrigo roger roman \
    ron ronald rosa rose ross roy ruby rudy russell ruth ryan sabrina saeed sally salman sam samantha sami samir \
    samuel sandra sanjay sara sarah satoshi scott sean sebastian sergei sergey sergio shane sharon sheila shinzo \
    shirley simon sofia sonia sophia sophie stanley stefan stephanie stephen steve steven stuart sue susan \
    suzanne sven sylvia takeshi tamara tanya tara ted teresa terry theodore theresa thomas tim timothy tina \
    todd tom tommy tony tracy travis trevor troy ursula valentina valerie vanessa vera victor victoria vijay \
    vikram vincent viktor vivian vladimir walter wang wayne wendy william willie xavier yasmin yasser yosef \
    yuki yuri yusuf zach zachary zhang \
    abhishek adolfo agustin ajit akhilesh aleksandar alessandro alfonso alvaro amadou amal amitabh ananya \
    andre angelica anjali annalena ante antonia antonin aretha ari ariel arnaud arturo asha ashton augusto \
    aurelio ayman aziz barack benedict benoit bertrand beto betsy bilal bjorn blaise bogdan bonnie boyko bree \
    brendan brigitte brock brooke buddy butch caitlin calvin cameron candace carlo carrie cassandra cedric \
    celine cesar chandra charlene chelsea chiara chip chloe christiane christoph christophe chrystia clarence \
    claudio clayton clement cole colleen conn corey cory courtney cristiano cyril dag damian damien danielle \
    danilo dario darnell darryl davide dawn deb debbie deepak deepesh delia demetrios denise deshawn desmond \
    devin devon dick dilma dimitris dinesh dirk dolores dominique doreen dorothy drew dulce dusty dwight \
    edison eduard efrain ehud eileen elise ellie elsa emil emilio emine emmanuelle enzo ergun erna ernst \
    esteban ethel eugenia evo ewa fabian fabio farouk felicia ferdinand fernanda florence floyd francois \
    franz frederic fumio ganesh gaston gemma geraldine gianni gideon gil gilles gisele giulia giuliano giulio \
    gopal gord gottfried grete gunther gwen hadi haider hailey haitham hakan halima hamad hamza hank hannah \
    hari haruki harvey helmut henri herman hideki hilda hiroki hosni hubert hyun ida ignacio ilham ilya \
    imelda indira ines ingo ioannis irina isa isidro ivanka jacinda jacques jamal jamar jaroslaw javad \
    jeanine jeanne jens jeremiah jin joachim jocelyn jody johan jolene jonas joni jordan josef josefina josep \
    josie joss jovan juergen julius jun junichiro jurgen justine kai kaja karel karine kasim katarina \
    katharina kavita kayleigh keir keisha kellyanne kemal kendra khaled kiran kiren kirsten kirti klara kofi \
    konstantin kostas kris krishna kristen kristi kristin kwame lacey lael lakisha lakshmi lamar lamine lana \
    larissa lars laszlo latoya laurent lauri leah leigh lena leonardo leonid letitia levi lila lindsey lionel \
    liz lorenz lorie lorraine lucien ludwig luigi luiz luka luther lyndon mahathir mahesh maia malala malcolm \
    mamadou mamata manfred manish manmohan marek margrethe maribel marilyn marisa marjorie markus marlene \
    martina marty marvin masood matteo mattias maureen mauricio maxine meera mei melania melinda mercedes mia \
    micheal mick mikael milan milos mireille mirza mitsuo mitt morgan moritz moses muammar murat myron nabil \
    nadine najib nana naoki narges nasser natasha nawaz nayib ned neha nelly nevin newt niall nicolae nigel \
    nikhil nikki nikos nils nirmala nisan nitin nobuo noel noor norbert norm nouri nuno olaf oleg oleksandr \
    olena omarosa omid orrin otto owen pankaj parisa pascal pat patience pavel pawel pearl penelope penny \
    percy pete petr petra phil phoebe pia piers pietro piyush polly pooja prakash pranab priya qasem quentin \
    rachid radek radha rafal rahm rainer rajiv rakesh ram ramesh ramzan rand randal rania rashid raymundo \
    recep regina reince reinhard rene renee rex rhonda ricky rishi robby rocco rodney rohan rohit roland rolf \
    romano ronnie rosalind rosemary rowan rui rupert rusty saad sachin sadiq sahar salim salva sameh sanna \
    santiago sarkis sasha saul sebastien selim serena serge shahid shamima shannon sharif shashi shaun \
    shehbaz shelby sherry shigeru shimon shirin shonda shreya shyam sid siddharth sigmar silvio simone skip \
    smriti sonja sonny sourav srinivas stacey stacy stella stephane sunil sunita suresh sushma svetlana \
    sylvain tammy tanisha taro tavis tayyip teodoro terence thabo thaddeus theo thierry thom tibor tiffany \
    tobias toby tomas toshihiro tsai tulio tulsi tyrone ulf umar uri usha uwe vadim valentin valeria vasily \
    vaughn venkat vernon veronica vic vicente vince vincenzo virat virginia vitali vivek volodymyr wade walid \
    wally wanda warren wendell werner wes wilbur wilfred willy winston wladimir wolfgang yair yannick yasmine \
    yehuda yevgeny yoko yolanda yoon yoshihide yulia yves zainab zbigniew zoltan zoran
    """
}
