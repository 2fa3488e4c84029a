import KGraphIngest

/// Common English words (lowercase). A capitalized one is usually a sentence start, a heading
/// or part of a title, not a name; single-word lexicon names among them ("Bell", "Turkey")
/// need extra support, and unknown-name patterns never start with one.
enum CommonWords {
    static func contains(_ lower: String) -> Bool { wordSet.contains(lower) }

    static let months = WordSet(CalendarWords.months)
    static let weekdays = WordSet(CalendarWords.weekdays)
    /// ``words`` for the tests (see ``WordSet``).
    private static let wordSet = WordSet(words)

    static let words: Set<String> = {
        var s = Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        s.formUnion(months)
        s.formUnion(weekdays)
        return s
    }()

    private static let list = """
    a about above according across act action actually add added after again against age ago agree \
    agreed ahead aid aim air all allied allies ally almost alone along already also although always \
    am among an analysis and another answer any anyone anything are area areas argued arms army around \
    art as ask asked at attack attacks authority away back bad bank base based basic battle be bear \
    became because become been before began begin behind being believe bell below best better between \
    beyond big bill bird bishop black block blue board body book border both bottom brown build \
    building built business but buy by call called came can capital car care carry case cases cause \
    center central centre century chair chance change chief child children choice church citizens city \
    civil claim claims class clear clearly close coal coast cold come comes coming common community \
    company concern concerns conference congress consider continue control cook cooper core cost could \
    council country course court cover crisis critical cross cup current cut daily dark data day days \
    deal dear death debate decade decades decision deep defence defense democrat democrats deputy \
    despite development did die different director do does doing domestic done door down draft drive \
    during each early earnest east eastern economic economy editor education effort either election \
    else end energy enough entire even event events ever every evidence example executive expected \
    face fact fair fall family far farmer fast father fear federal feel few field fight final finally \
    financial find fine fire first fish fisher five floor focus follow following for force forces \
    foreign form former forward four free freedom friday friend from front full further future game \
    gas general get give given global go goes going gold good government great green ground group \
    groups grow growing growth guard had half hall hand hands hard has have he head health hear heart \
    held help her here high hill him his history hit hold home hope hopes host hot hour house how \
    however human hunter i if image important in include including increase industry inside \
    instead intelligence interest international into investment is issue issues it its itself job join \
    joint just justice keep key kind king knight know known labor labour land large last late later \
    law lawmakers laws lead leader leaders leading least leave left legal less let level lie life light \
    like likely line list little live local long look lord lose loss lot love low made main major make \
    making man many march mark market marshal mason matter may mayor me mean means measures media \
    meeting member members men middle might military miller million minister ministers minute miss \
    model moment money month months more moreover morning most mother move movement much must my \
    nation national nations natural navy near nearly need needs network never new news next night \
    nine no non none nor normal north northern not note nothing now nuclear number of off offer office \
    officer officers official officials often oil old on once one only open operation or order other \
    others our out outside over own page paper park part parties partner partners party past pay peace \
    people per perhaps period person photo piece place plan plans play point points police policy \
    political poor popular post potter power powers premier president press pressure price prime \
    private problem process program programme project public put question quite race rather reach \
    read ready real really reason recent record red reform region regional report reporter reporters \
    reporting republic republican republicans research reserve rest result return rice right rights \
    rise risk road rock role room rose rule rules run said sale same saw say says school sea second \
    secretary security see seems seen senate senior service services set seven several shall share \
    she ship short should show side since six small smith so social society some someone something \
    sometimes soon sound source south southern space speaker special spring staff stand star start \
    state statement states still stone stop story strategic street strong student study such summer \
    summit support sure system table take taken talk talks tax team ten term terms than that the \
    their them then there these they thing things think third this those though thought three through \
    thus time times to today together told too top total toward towards town trade treasury treaty \
    true trust try turkey turn turner two under union until up upon us use used very view village \
    vote wall want war was watch water way ways we week weeks well wells were west western what when \
    where whether which while white who whole whom whose why wide will wind window winter with within \
    without woman women wood word words work worker workers world would write writer wrote year years \
    yes yet you young your
    read also click sign subscribe share comment comments reply advertisement related latest top \
    update updated breaking live watch video photos image images copyright rights reserved follow \
    home menu search login log register login privacy terms cookie cookies contact newsletter \
    strategy strategic partnership partnerships cooperation relations ties alliance alliances \
    affairs external internal bilateral multilateral regional defense defence trade economic \
    conclusion introduction background overview analysis opinion editorial commentary summary \
    however meanwhile nevertheless furthermore additionally similarly instead indeed unlike \
    despite although while during amid following under over after before since until within \
    why what how who when where which
    """
}
