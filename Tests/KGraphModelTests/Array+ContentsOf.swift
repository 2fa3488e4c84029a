import Foundation

extension Array where Element == UInt8 {
    init(contentsOf url: URL) throws { self = [UInt8](try Data(contentsOf: url)) }
}
