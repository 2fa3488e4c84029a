/// General word lists behind the boilerplate rules: English stop words (prose is dense in
/// them, menus and headline lists are not) and the vocabulary of web page furniture.
extension Boilerplate {
    static let stopWords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have", "having",
        "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "no", "nor", "not",
        "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "said",
        "same", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "you", "your", "yours", "says", "say", "while", "still", "yet", "already", "though", "although", "against",
        "among", "within", "without", "across", "towards", "toward", "whether", "because", "being", "been",
    ]

    /// Phrases that mark page furniture wherever they occur (matched on lowercased words).
    static let furniturePhrases: [String] = [
        // comments and sharing
        "click to comment", "leave a reply", "leave a comment", "post a comment", "comments have to be",
        "add a comment", "view comments", "show comments", "join the conversation", "share this article",
        "share this story", "share on facebook", "link copied", "copy link", "copy the link", "share on twitter", "share via", "share this", "tweet this",
        "required fields are marked", "your email address will not be published", "connect with us",
        "follow us on", "follow us", "like us on facebook", "community guidelines", "commenting platform", "post comments", "posting your comments", "registered user",
        "logging into", "your account", "create an account",
        // navigation and related lists
        "continue reading", "read more", "read also", "also read", "also, read", "see also", "related articles",
        "related stories", "related news", "related posts", "related coverage", "more stories", "top stories",
        "most read", "most popular", "you may also like", "you might also like", "recommended for you",
        "stories you might be interested in", "in case you missed it", "back to top", "skip to content",
        "skip to main content", "next article", "previous article", "trending now", "latest news", "hot on web",
        "load more", "view all", "see all", "show more", "click here", "view photos", "view gallery", "view graphic",
        "buy photo", "skip ad", "full screen", "autoplay",
        // accounts, newsletters, subscriptions
        "sign up", "sign in", "log in", "log out", "login", "logout", "subscribe", "newsletter", "newsletters", "in your inbox", "to your inbox", "get alerts", "download the app", "mobile app", "supported browser", "upgrade your browser",
        "forum statistics", "latest member", "members online",
        // legal and cookies
        "all rights reserved", "copyright", "terms of use", "terms of service", "terms & conditions",
        "terms and conditions", "privacy policy", "cookie policy", "we use cookies", "accept cookies", "use of cookies", "whatsapp alerts",
        // ads, credits, bylines
        "advertisement", "sponsored content", "advertise with us", "photo credit",
        "image credit", "getty images", "ap photo", "file photo", "photograph source", "reporting by", "editing by",
        "writing by", "additional reporting", "this audio is generated", "listen to this article",
        "last updated", "min read", "minute read",
        "report an error", "contact us", "about us", "data is delayed", "real-time snapshot", "stock quotes",
    ]

    /// Words that open a block of related links or a credit line.
    static let furnitureOpeners: [[String]] = [
        ["also", "read"], ["read", "also"], ["read", "more"], ["related"], ["see", "also"], ["more", "on"],
        ["watch"], ["listen"], ["photo"], ["photos"], ["image"], ["images"], ["credit"], ["source"], ["file"],
        ["updated"], ["published"], ["posted"], ["last", "updated"], ["recommended"], ["advertisement"],
        ["reporting", "by"], ["editing", "by"], ["writing", "by"], ["compiled", "by"], ["written", "by"],
        ["follow"], ["share"], ["subscribe"], ["click"], ["tap"], ["sign", "up"], ["must", "read"], ["don't", "miss"],
        ["trending"], ["tags"], ["topics"], ["filed", "under"], ["read"], ["view"], ["map"], ["graphic"], ["video"],
        ["gallery"],
    ]

    /// Endings of image file names ("211206-F-YT915-003.JPG"), which captions and galleries
    /// leave in the text; matched without regard to case.
    public static let imageExtensions: [String] = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff"]
}
