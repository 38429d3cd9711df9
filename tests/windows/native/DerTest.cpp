// SPDX-License-Identifier: GPL-3.0-or-later
#include "Der.h"

#include <gtest/gtest.h>

using certpilot::win::Der;
using Bytes = std::vector<std::uint8_t>;

TEST(DerTest, HeaderUsesShortAndLongForms)
{
    EXPECT_EQ(Der::header(0x30, 0), (Bytes{0x30, 0x00}));
    EXPECT_EQ(Der::header(0x30, 127), (Bytes{0x30, 0x7F}));
    EXPECT_EQ(Der::header(0x30, 128), (Bytes{0x30, 0x81, 0x80}));
    EXPECT_EQ(Der::header(0x30, 255), (Bytes{0x30, 0x81, 0xFF}));
    EXPECT_EQ(Der::header(0x30, 256), (Bytes{0x30, 0x82, 0x01, 0x00}));
    EXPECT_EQ(Der::header(0xA0, 0x10000), (Bytes{0xA0, 0x83, 0x01, 0x00, 0x00}));
}

TEST(DerTest, WrapPrefixesHeader)
{
    const Bytes content{0x02, 0x01, 0x00};
    EXPECT_EQ(Der::wrap(Der::kSequence, content), (Bytes{0x30, 0x03, 0x02, 0x01, 0x00}));
    const Bytes big(300, 0xAB);
    const auto wrapped = Der::wrap(Der::kSequence, big);
    ASSERT_EQ(wrapped.size(), 304u);
    EXPECT_EQ(Bytes(wrapped.begin(), wrapped.begin() + 4), (Bytes{0x30, 0x82, 0x01, 0x2C}));
}

TEST(DerTest, ReadRoundTripsHeader)
{
    for (std::size_t length : {0u, 1u, 127u, 128u, 255u, 256u, 70000u}) {
        const auto tlv = Der::wrap(0x30, Bytes(length, 0));
        const auto item = Der::read(tlv);
        ASSERT_TRUE(item) << length;
        EXPECT_EQ(item->tag, 0x30);
        EXPECT_EQ(item->contentLength, length);
        EXPECT_EQ(item->totalLength(), tlv.size());
    }
}

TEST(DerTest, ReadRejectsMalformedHeaders)
{
    EXPECT_FALSE(Der::read(Bytes{}));
    EXPECT_FALSE(Der::read(Bytes{0x30}));
    EXPECT_FALSE(Der::read(Bytes{0x30, 0x05, 0x00}));           // longer than the data
    EXPECT_FALSE(Der::read(Bytes{0x30, 0x80, 0x00, 0x00}));     // indefinite length (BER)
    EXPECT_FALSE(Der::read(Bytes{0x30, 0x81, 0x05, 1, 2, 3, 4, 5})); // long form for a short length
    EXPECT_FALSE(Der::read(Bytes{0x30, 0x82, 0x00, 0x80}));     // leading zero length byte
    EXPECT_FALSE(Der::read(Bytes{0x30, 0x85, 1, 1, 1, 1, 1}));  // absurd length
    EXPECT_FALSE(Der::read(Bytes{0x1F, 0x01, 0x00}));           // high tag number
    EXPECT_FALSE(Der::read(Bytes{0x30, 0x82, 0x01}));           // truncated length
}

TEST(DerTest, ChildrenSplitsExactly)
{
    const Bytes content{0x02, 0x01, 0x00, 0x30, 0x00, 0x04, 0x02, 0xAA, 0xBB};
    const auto children = Der::children(content);
    ASSERT_TRUE(children);
    ASSERT_EQ(children->size(), 3u);
    EXPECT_EQ(Bytes((*children)[2].begin(), (*children)[2].end()), (Bytes{0x04, 0x02, 0xAA, 0xBB}));
    EXPECT_TRUE(Der::children(Bytes{})->empty());
    EXPECT_FALSE(Der::children(Bytes{0x02, 0x01, 0x00, 0x30})); // trailing garbage
}
