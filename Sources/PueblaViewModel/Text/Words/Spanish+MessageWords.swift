import PueblaKit

extension Spanish: MessageWords {}
