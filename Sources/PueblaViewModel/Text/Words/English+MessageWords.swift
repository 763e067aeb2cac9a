import PueblaKit

extension English: MessageWords {}
